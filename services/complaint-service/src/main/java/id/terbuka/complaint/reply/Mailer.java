package id.terbuka.complaint.reply;

import id.terbuka.complaint.ComplaintSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Status e-mails over SMTP (Spring's {@link JavaMailSender}, configured by {@code spring.mail.*}). Plain text,
 * UTF-8. Failures are told apart like the platforms': the server refusing the address (5xx, invalid address) is
 * permanent, anything else (connection, timeouts, 4xx, authentication) is retried. The address never appears in a
 * failure message (they are stored and logged).
 */
@Component
public class Mailer {

    private final ObjectProvider<JavaMailSender> sender;
    private final ComplaintSettings.Mail settings;

    Mailer(ObjectProvider<JavaMailSender> sender, ComplaintSettings settings) {
        this.sender = sender;
        this.settings = settings.mail();
    }

    /** Switched on and an SMTP server configured. */
    public boolean configured() {
        return settings.enabled() && sender.getIfAvailable() != null;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** @return the message's Message-ID */
    String send(String to, String subject, String text) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new DeliveryFailure("no SMTP server configured", false);
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text, false);
            mail.send(message);
            return message.getMessageID();
        } catch (MessagingException | MailParseException | MailPreparationException malformed) {
            throw new DeliveryFailure("e-mail not accepted: " + malformed.getClass().getSimpleName(), false);
        } catch (MailAuthenticationException e) {
            throw new DeliveryFailure("SMTP authentication failed", true);
        } catch (MailException e) {
            boolean refusedAddress = refusedAddress(e);
            throw new DeliveryFailure(refusedAddress ? "SMTP refused the address" : "SMTP: "
                    + e.getClass().getSimpleName(), !refusedAddress);
        }
    }

    /** The server said the recipient does not exist / is not accepted (not worth retrying). */
    private static boolean refusedAddress(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        if (e instanceof org.springframework.mail.MailSendException send) {
            for (Exception failure : send.getFailedMessages().values()) {
                if (refusedAddress(failure)) {
                    return true;
                }
            }
        }
        return false;
    }
}

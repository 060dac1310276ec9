package id.terbuka.complaint.reply;

import id.terbuka.complaint.ComplaintSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which SMTP failures are worth retrying, and that the address never shows in what is stored and logged. */
class MailerTest {

    @Test
    void anUnreachableServerIsRetriedAndAMalformedAddressIsNot() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(closedPort);
        smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        Mailer mailer = mailer(smtp, true);
        assertThat(mailer.configured()).isTrue();

        assertThatThrownBy(() -> mailer.send("warga.rahasia@example.id", "Kabar", "teks"))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> {
                    assertThat(f.transientFailure()).isTrue();
                    assertThat(f.getMessage()).doesNotContain("warga.rahasia");
                });
        assertThatThrownBy(() -> mailer.send("bukan alamat@@", "Kabar", "teks"))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> {
                    assertThat(f.transientFailure()).isFalse();
                    assertThat(f.getMessage()).doesNotContain("bukan alamat");
                });
    }

    @Test
    void mailsAreOffUnlessSwitchedOnAndAServerIsSet() {
        assertThat(mailer(new JavaMailSenderImpl(), false).configured()).isFalse();
        assertThat(mailer(null, true).configured()).isFalse();
    }

    private static Mailer mailer(JavaMailSender sender, boolean enabled) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(sender == null ? Map.of()
                : Map.of("mailSender", sender));
        ComplaintSettings settings = new ComplaintSettings("dGVyYnVrYS1kZXYtY29tcGxhaW50LWtleS1OT1RTRUM=", null,
                null, Map.of(), null, Map.of(), Map.of(), null, null, null, null, null,
                new ComplaintSettings.Mail(enabled, null, null));
        return new Mailer(beans.getBeanProvider(JavaMailSender.class), settings);
    }
}

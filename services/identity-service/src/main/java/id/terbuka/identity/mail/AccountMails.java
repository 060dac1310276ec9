package id.terbuka.identity.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The texts of the account mails. The links point at the public API through the gateway
 * ({@code terbuka.identity.mail.link-base}). With {@code terbuka.identity.mail.log-links=true} (set by the
 * {@code demo} profile only) the links are also logged, so a demo can be clicked through without a mail client.
 */
@Component
public class AccountMails {

    private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

    private final Mailer mailer;
    private final String linkBase;
    private final boolean logLinks;

    AccountMails(Mailer mailer, @Value("${terbuka.identity.mail.link-base}") String linkBase,
                 @Value("${terbuka.identity.mail.log-links:false}") boolean logLinks) {
        this.mailer = mailer;
        this.linkBase = linkBase;
        this.logLinks = logLinks;
    }

    public boolean verifyEmail(String tenant, String to, String name, String token) {
        String link = UriComponentsBuilder.fromUriString(linkBase)
                .path("/api/v1/{tenant}/citizens/email-verification").queryParam("token", token)
                .buildAndExpand(tenant).toUriString();
        announce("verification", to, link);
        return mailer.send(to, "Konfirmasi alamat e-mail Anda", """
                Halo %s,

                terima kasih telah mendaftar. Buka tautan berikut untuk mengonfirmasi alamat e-mail Anda
                (berlaku 48 jam, sekali pakai):

                %s

                Kode konfirmasi: %s

                Jika Anda tidak mendaftar, abaikan e-mail ini.
                """.formatted(name, link, token));
    }

    public boolean resetPassword(String to, String name, String token, boolean newAccount) {
        String link = UriComponentsBuilder.fromUriString(linkBase).path("/api/v1/auth/password-reset/confirm")
                .queryParam("token", token).build().toUriString();
        announce("password", to, link);
        String intro = newAccount
                ? "akun Anda telah dibuat. Tetapkan kata sandi Anda"
                : "ada permintaan untuk mengatur ulang kata sandi akun Anda. Tetapkan kata sandi baru";
        return mailer.send(to, newAccount ? "Akun Terbuka Anda" : "Atur ulang kata sandi", """
                Halo %s,

                %s dengan kode berikut (berlaku 1 jam, sekali pakai):

                %s

                Kirim kode ini bersama kata sandi baru ke %s
                Jika Anda tidak memintanya, abaikan e-mail ini.
                """.formatted(name, intro, token, link));
    }

    private void announce(String kind, String to, String link) {
        if (logLinks) {
            log.info("Demo mail ({}) to {}: {}", kind, to, link);
        }
    }
}

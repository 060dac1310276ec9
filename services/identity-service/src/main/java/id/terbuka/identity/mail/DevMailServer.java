package id.terbuka.identity.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server for local runs (profiles {@code local} and {@code demo} only): identity-service sends its
 * mails to it on 127.0.0.1:3025 and every mail can be read back over POP3 (127.0.0.1:3110) or IMAP
 * (127.0.0.1:3143), logging in with the recipient address as user name and password, e.g.
 * {@code curl -s pop3://127.0.0.1:3110/1 -u warga@kutai-timur:warga@kutai-timur}. Mails live in memory only.
 */
@Component
@Profile({"local", "demo"})
class DevMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DevMailServer.class);

    private final GreenMail greenMail;
    private volatile boolean running;

    DevMailServer(@Value("${terbuka.identity.dev-mail.host:127.0.0.1}") String host,
                  @Value("${terbuka.identity.dev-mail.smtp-port:3025}") int smtp,
                  @Value("${terbuka.identity.dev-mail.pop3-port:3110}") int pop3,
                  @Value("${terbuka.identity.dev-mail.imap-port:3143}") int imap) {
        this.greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtp, host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(pop3, host, ServerSetup.PROTOCOL_POP3),
                new ServerSetup(imap, host, ServerSetup.PROTOCOL_IMAP)});
    }

    @Override
    public void start() {
        greenMail.start();
        running = true;
        log.info("Local mail server: SMTP {}:{}; read mails over POP3/IMAP as the recipient address",
                greenMail.getSmtp().getBindTo(), greenMail.getSmtp().getPort());
    }

    @Override
    public void stop() {
        greenMail.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server, so the first sign-up already finds it. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}

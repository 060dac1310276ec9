package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo citizen {@code warga@kutai-timur}, made the way a real citizen is: sign-up through
 * {@code POST /api/v1/{tenant}/citizens}, the verification mail read from the local mail server, the code from it
 * sent to {@code POST /api/v1/{tenant}/citizens/email-verification}. Idempotent: an account that can already log
 * in is left alone, and one that exists unverified gets a fresh mail through the resend endpoint.
 */
public final class CitizenStep implements DemoStep {

    public static final String TENANT = "kutai-timur";
    public static final String USERNAME = "warga@kutai-timur";

    private static final Pattern CODE = Pattern.compile("Kode konfirmasi:\\s*([A-Za-z0-9_-]{20,})");

    private final String tenant;
    private final String email;
    private final String password;
    private final LocalMailbox mailbox;
    private final Duration mailPatience;

    public CitizenStep(String tenant, String email, String password, LocalMailbox mailbox) {
        this(tenant, email, password, mailbox, Duration.ofSeconds(10));
    }

    CitizenStep(String tenant, String email, String password, LocalMailbox mailbox, Duration mailPatience) {
        this.tenant = tenant;
        this.email = email;
        this.password = password;
        this.mailbox = mailbox;
        this.mailPatience = mailPatience;
    }

    public static CitizenStep demoCitizen() {
        return new CitizenStep(TENANT, USERNAME, DemoLogin.demoPassword(), LocalMailbox.demo());
    }

    @Override
    public String description() {
        return "demo citizen " + email;
    }

    @Override
    public void apply(PublicApi api, PrintStream out) throws DemoException {
        PublicApi anonymous = api.withToken(Optional.empty());
        String base = "/api/v1/" + tenant + "/citizens";
        ApiResponse signUp = anonymous.postJson(base, Json.write(Map.of("name", "Siti Rahmawati", "email", email,
                "password", password, "phone", "+6281250001234")));
        if (signUp.status() == 409) {
            if (canLogIn(anonymous)) {
                return;
            }
            ApiResponse resend = anonymous.postJson(base + "/email-verification/resend",
                    Json.write(Map.of("email", email)));
            if (resend.status() != 202) {
                throw new DemoException("POST " + base + "/email-verification/resend answered " + resend.summary());
            }
        } else if (signUp.status() != 201) {
            throw new DemoException("POST " + base + " answered " + signUp.summary());
        }
        String code = verificationCode(awaitMail()).orElseThrow(() ->
                new DemoException("the verification mail to " + email + " holds no code"));
        ApiResponse verified = anonymous.postJson(base + "/email-verification", Json.write(Map.of("token", code)));
        if (verified.status() != 200) {
            throw new DemoException("POST " + base + "/email-verification answered " + verified.summary());
        }
        out.println("  demo citizen " + email + " signed up and verified by e-mail");
    }

    private boolean canLogIn(PublicApi anonymous) throws DemoException {
        ApiResponse login = anonymous.postJson(DemoLogin.PATH, Json.write(Map.of("username", email,
                "password", password)));
        return login.status() == 200;
    }

    /** Mail is sent right after the sign-up commits; give the SMTP hand-over a moment. */
    private String awaitMail() throws DemoException {
        long deadline = System.nanoTime() + mailPatience.toNanos();
        while (true) {
            Optional<String> mail = mailbox.newestMail(email);
            if (mail.isPresent()) {
                return mail.get();
            }
            if (System.nanoTime() > deadline) {
                throw new DemoException("no verification mail for " + email + " arrived at the local mail server");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted");
            }
        }
    }

    /** The code in a verification mail, whether its text travels plain or quoted-printable. */
    static Optional<String> verificationCode(String rawMail) {
        String text = rawMail.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
        Matcher matcher = CODE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

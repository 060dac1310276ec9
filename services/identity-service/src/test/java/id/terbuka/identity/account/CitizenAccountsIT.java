package id.terbuka.identity.account;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.terbuka.identity.IdentityClient;
import id.terbuka.identity.tenant.TenantDetails;
import id.terbuka.identity.tenant.TenantService;
import id.terbuka.testsupport.RealInfrastructure;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.terbuka.identity.IdentityClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citizen sign-up, e-mail verification and password reset with mails delivered over SMTP to a real (GreenMail)
 * server, and the NIK kept sealed. Same context as the other identity ITs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
class CitizenAccountsIT {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
            .withPerMethodLifecycle(false);

    static final String PASSWORD = "Kopi-Pagi-2026";
    static final String NIK = "6408015708900001";

    @LocalServerPort
    int port;
    @Autowired
    TenantService tenants;
    @Autowired
    StaffService staff;
    @Autowired
    MongoTemplate mongo;

    IdentityClient client;
    String tenant;
    String email;

    @BeforeEach
    void tenant() {
        client = new IdentityClient(port);
        tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.register(new TenantDetails(tenant, "Kabupaten Uji", "64.09", "Kalimantan Timur", "Asia/Makassar"));
        email = "warga-" + UUID.randomUUID().toString().substring(0, 6) + "@example.id";
    }

    @Test
    void signsUpVerifiesByMailedSingleUseTokenAndThenSignsIn() throws Exception {
        HttpResponse<String> created = client.post("/api/v1/" + tenant + "/citizens", """
                {"name":"Siti Warga","email":"%s","password":"%s","phone":"+62 811 555 123","nik":"%s"}"""
                .formatted(email, PASSWORD, NIK), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).get("emailVerified").asBoolean()).isFalse();
        String id = json(created).get("id").asText();

        HttpResponse<String> early = client.post("/api/v1/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD), null);
        assertThat(early.statusCode()).isEqualTo(403);
        assertThat(early.body()).contains("email-not-verified");

        String token = tokenFromMailTo(email, "Konfirmasi alamat e-mail");
        HttpResponse<String> verified = client.get("/api/v1/" + tenant + "/citizens/email-verification?token="
                + token, null);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).contains("\"emailVerified\":true", "6408**********01").doesNotContain(NIK);
        assertThat(client.post("/api/v1/" + tenant + "/citizens/email-verification",
                "{\"token\":\"" + token + "\"}", null).statusCode()).isEqualTo(422);

        String citizenToken = client.accessToken(email, PASSWORD);
        assertThat(IdentityClient.claims(citizenToken).get("roles").toString()).isEqualTo("[\"CITIZEN\"]");
        assertThat(client.get("/api/v1/" + tenant + "/citizens/" + id, citizenToken).body()).contains(NIK);

        // Stored sealed: neither the number nor its digits in order appear in the database.
        assertThat(mongo.getCollection("users").find(new org.bson.Document("_id", id)).first().toJson())
                .doesNotContain(NIK);
    }

    @Test
    void refusesAnImplausibleNikAWeakPasswordAndATakenAddress() throws Exception {
        HttpResponse<String> refused = client.post("/api/v1/" + tenant + "/citizens", """
                {"name":"W","email":"%s","password":"1234567890","nik":"6408013208900001"}""".formatted(email), null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"nik\"", "\"field\":\"password\"");
        String ok = """
                {"name":"W","email":"%s","password":"%s"}""".formatted(email, PASSWORD);
        assertThat(client.post("/api/v1/" + tenant + "/citizens", ok, null).statusCode()).isEqualTo(201);
        assertThat(client.post("/api/v1/" + tenant + "/citizens", ok, null).statusCode()).isEqualTo(409);
    }

    @Test
    void resetsAPasswordWithAMailedToken() throws Exception {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 4) + "@" + tenant;
        staff.ensureProvinceAdmin("kaltim", "province-admin@kaltim", PASSWORD);
        String admin = client.accessToken("province-admin@kaltim", PASSWORD);
        // Created without a password: the person sets it through the mail.
        HttpResponse<String> created = client.post("/api/v1/" + tenant + "/users", """
                {"username":"%s","displayName":"Editor","email":"%s","roles":["EDITOR"]}"""
                .formatted(username, email), admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String firstToken = tokenFromMailTo(email, "Akun Terbuka Anda");
        assertThat(client.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(firstToken, "pendek"), null).statusCode())
                .isEqualTo(400);
        assertThat(client.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(firstToken, PASSWORD), null).statusCode())
                .isEqualTo(204);
        assertThat(client.accessToken(username, PASSWORD)).isNotBlank();

        assertThat(client.post("/api/v1/auth/password-reset", "{\"username\":\"" + username + "\"}", null)
                .statusCode()).isEqualTo(202);
        assertThat(client.post("/api/v1/auth/password-reset", "{\"username\":\"nobody@" + tenant + "\"}", null)
                .statusCode()).isEqualTo(202);
        String resetToken = tokenFromMailTo(email, "Atur ulang kata sandi");
        assertThat(client.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(resetToken, "Teh-Sore-2026!"), null)
                .statusCode()).isEqualTo(204);
        assertThat(client.accessToken(username, "Teh-Sore-2026!")).isNotBlank();
        assertThat(client.post("/api/v1/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, PASSWORD), null).statusCode())
                .isEqualTo(401);
        assertThat(client.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(resetToken, "Lagi-Lagi-2026"), null)
                .statusCode()).isEqualTo(422);
    }

    /** The token of the newest mail with {@code subject} to {@code to}. */
    private static String tokenFromMailTo(String to, String subject) throws Exception {
        Pattern token = Pattern.compile("(?m)^\\s*(?:Kode konfirmasi: )?([A-Za-z0-9_-]{43})\\s*$");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            MimeMessage[] messages = mail.getReceivedMessagesForDomain(to);
            for (int i = messages.length - 1; i >= 0; i--) {
                MimeMessage message = messages[i];
                if (message.getSubject().startsWith(subject)
                        && Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(to))) {
                    Matcher matcher = token.matcher(GreenMailUtil.getBody(message).replace("\r", ""));
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail '" + subject + "' to " + to);
    }
}

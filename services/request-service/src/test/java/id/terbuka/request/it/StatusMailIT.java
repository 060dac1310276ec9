package id.terbuka.request.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.request.mail.StatusMail;
import id.terbuka.request.mail.StatusMailRelay;
import id.terbuka.testsupport.RealInfrastructure;
import id.terbuka.testsupport.TestTokens;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static id.terbuka.request.it.ItHttp.NIK;
import static id.terbuka.request.it.ItHttp.individual;
import static id.terbuka.request.it.ItHttp.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status e-mails through a real SMTP server (GreenMail on 127.0.0.1:3927): queued from the consumed events, kept
 * while the server is down, delivered when it is back, and never sent to a requester without an address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusMailIT {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    StatusMailRelay relay;
    @LocalServerPort
    int port;

    ItHttp http;
    String tenant;

    @BeforeAll
    void tenant() {
        http = new ItHttp(port);
        tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(tenant, UUID.randomUUID().toString(), "Kabupaten Berau", "64.05",
                "Kalimantan Timur", "Asia/Makassar", 0));
    }

    @Test
    void aMailServerOutageLosesNothingAndEveryStatusChangeIsMailed() throws Exception {
        // other tests' requests queue mails too: this one is told apart by its own address
        String address = "pemohon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
        String number = json.readTree(http.post("/api/v1/" + tenant + "/requests",
                individual().replace("siti@example.id", address), null).body()).path("registrationNumber").asString();
        String requestId = requestId(number);
        awaitQueued(requestId, 1);

        // the server is down: the mail stays queued with its failed attempt
        roundsUntil(requestId, m -> m.getInteger("attempts") >= 1, Instant.now());
        Document queued = mails(requestId).getFirst();
        assertThat(queued.getString("status")).isEqualTo("PENDING");
        assertThat(queued.getInteger("attempts")).isEqualTo(1);
        assertThat(queued.toJson()).doesNotContain(address, NIK);

        GreenMail smtp = new GreenMail(new ServerSetup(3927, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            relay.sendDue(Instant.now());
            assertThat(mails(requestId).getFirst().getString("status")).as("not before its next attempt")
                    .isEqualTo("PENDING");
            roundsUntil(requestId, m -> "SENT".equals(m.getString("status")), Instant.now().plusSeconds(7200));

            http.post(path(tenant, number) + "/decision",
                    "{\"outcome\":\"NOT_HELD\",\"holderBody\":\"Dinas Pertanahan Provinsi\"}",
                    TestTokens.token(tenant, null, "PPID_UTAMA"));
            awaitQueued(requestId, 2);
            roundsUntil(requestId, m -> "SENT".equals(m.getString("status")), Instant.now().plusSeconds(7200));
            relay.sendDue(Instant.now().plusSeconds(7200));

            List<MimeMessage> received = new java.util.ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    received.add(message);
                }
            }
            assertThat(received).as("one mail per status change, each once").hasSize(2);
            assertThat(received.get(0).getSubject()).isEqualTo("Permohonan informasi diterima - " + number);
            assertThat(GreenMailUtil.getBody(received.get(0))).contains(number, "Terdaftar").doesNotContain(NIK);
            assertThat(received.get(1).getSubject()).startsWith("Pemberitahuan tertulis");
            assertThat(GreenMailUtil.getBody(received.get(1))).contains("Tidak dikuasai");
            assertThat(mails(requestId)).extracting(m -> m.getString("status")).containsOnly("SENT");
        } finally {
            smtp.stop();
        }
    }

    /** Relay rounds (each handles a batch of all queued mails) until every mail of the request satisfies {@code done}. */
    private void roundsUntil(String requestId, java.util.function.Predicate<Document> done, Instant at) {
        for (int round = 0; round < 200 && !mails(requestId).stream().allMatch(done); round++) {
            relay.sendDue(at);
        }
        assertThat(mails(requestId)).allMatch(done);
    }

    @Test
    void aRequesterWithoutAnAddressGetsNoMail() throws Exception {
        String body = individual().replace("\"email\":\"siti@example.id\",", "")
                .replace("\"deliveryMethod\":\"EMAIL\"", "\"deliveryMethod\":\"PICKUP\"");
        var filed = http.post("/api/v1/" + tenant + "/requests", body, null);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String requestId = requestId(json.readTree(filed.body()).path("registrationNumber").asString());
        awaitQueued(requestId, 1);
        assertThat(mails(requestId).getFirst().getString("status")).isEqualTo("SKIPPED");
    }

    private String requestId(String number) {
        return mongo.findOne(Query.query(Criteria.where("tenant").is(tenant).and("registrationNumber").is(number)),
                Document.class, "information_requests").getString("_id");
    }

    private List<Document> mails(String requestId) {
        return mongo.find(Query.query(Criteria.where("requestId").is(requestId)), Document.class,
                StatusMail.COLLECTION);
    }

    private void awaitQueued(String requestId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mails(requestId).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(mails(requestId)).hasSize(count);
    }
}

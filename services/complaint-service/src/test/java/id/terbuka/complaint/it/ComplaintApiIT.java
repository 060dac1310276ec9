package id.terbuka.complaint.it;

import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.TestTokens;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.directory.TenantCalendars;
import id.terbuka.complaint.channel.InboundDelivery;
import id.terbuka.complaint.channel.InboundProcessor;
import id.terbuka.complaint.channel.Signatures;
import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.Codes;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintRepository;
import id.terbuka.events.contracts.Topics;
import id.terbuka.events.contracts.identity.ApiClientRegistered;
import id.terbuka.events.contracts.identity.ApiClientRevoked;
import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import id.terbuka.complaint.attachment.TestImages;
import id.terbuka.complaint.clock.ComplaintClocks;
import id.terbuka.complaint.complaint.ComplaintStatus;
import id.terbuka.complaint.complaint.RejectionReason;
import id.terbuka.complaint.reply.ReplySender;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * complaint-service over real HTTP, stored in the MongoDB-protocol server, announced on complaint.events, with real
 * RS256 tokens: web intake and the public page, the abuse limit, the whole verification → dispatch → follow-up →
 * reopen → close flow with its clocks and access rules, Open311 in JSON and XML, and the WhatsApp and Telegram
 * webhooks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "terbuka.complaint.intake-limit.trust-forwarded-for=true",
        "terbuka.complaint.whatsapp[kab-uji].app-secret=wa-app-secret",
        "terbuka.complaint.whatsapp[kab-uji].verify-token=wa-verify",
        "terbuka.complaint.telegram[kab-uji].secret-token=tg-secret",
        "terbuka.complaint.open311.api-clients[0].name=fixmystreet",
        "terbuka.complaint.open311.api-clients[0].api-key=it-open311-key",
        "terbuka.complaint.open311.api-clients[1].name=elsewhere",
        "terbuka.complaint.open311.api-clients[1].api-key=other-tenant-key",
        "terbuka.complaint.open311.api-clients[1].tenants[0]=kota-lain",
        "terbuka.complaint.whatsapp[kab-uji].phone-number-id=109876543210",
        "terbuka.complaint.whatsapp[kab-uji].access-token=wa-access-token",
        "terbuka.complaint.telegram[kab-uji].bot-token=4242:tg-bot-token",
        "terbuka.complaint.replies.sweep-interval=200ms",
        "terbuka.complaint.inbound.sweep-interval=200ms",
        "terbuka.complaint.replies.initial-backoff=300ms",
        "terbuka.complaint.replies.max-backoff=1s",
        "terbuka.complaint.replies.retry-wait=20ms",
        "terbuka.complaint.replies.open-circuit-wait=500ms",
        "terbuka.complaint.lapor[kab-uji].token=lapor-token",
        "terbuka.complaint.lapor-interval=200ms",
        "terbuka.complaint.lapor-status-interval=300ms",
        // the tests run the clock rounds themselves
        "terbuka.complaint.clock-interval=1h"})
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintApiIT {

    /** Plays the WhatsApp Cloud API and the Telegram Bot API. */
    static final WireMockServer platforms = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1"));

    /** The SMTP server of the status e-mails (a free port: identity's local one may hold 3025). */
    static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
            .dynamicPort());

    static {
        platforms.start();
        smtp.start();
    }

    @DynamicPropertySource
    static void platformUrls(DynamicPropertyRegistry registry) {
        registry.add("terbuka.complaint.whatsapp[kab-uji].base-url", () -> platforms.baseUrl() + "/graph");
        registry.add("terbuka.complaint.telegram[kab-uji].base-url", () -> platforms.baseUrl() + "/telegram");
        registry.add("terbuka.complaint.lapor[kab-uji].base-url", () -> platforms.baseUrl() + "/lapor/api/v1");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("terbuka.complaint.mail.enabled", () -> "true");
        registry.add("terbuka.complaint.mail.from", () -> "pengaduan@kab-uji.example");
    }

    @AfterAll
    void stopPlatforms() {
        platforms.stop();
        smtp.stop();
    }

    static final String TENANT = "kab-uji";
    static final String OTHER = "kota-lain";
    static final String UNIT_PUPR = "unit-pupr-" + UUID.randomUUID();
    static final String UNIT_DLH = "unit-dlh-" + UUID.randomUUID();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    TenantCalendars calendars;
    @Autowired
    ReplySender replySender;
    @Autowired
    InboundProcessor inboundProcessor;
    @Autowired
    FieldCipher cipher;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    ComplaintClocks clocks;
    @Autowired
    CloudEventPublisher cloudEvents;
    @LocalServerPort
    int port;

    @BeforeAll
    void directory() {
        platformsAnswer();
        for (String slug : List.of(TENANT, OTHER)) {
            if (!mongo.exists(Query.query(Criteria.where("_id").is(slug)), LocalTenant.class)) {
                mongo.insert(new LocalTenant(slug, UUID.randomUUID().toString(), "Kabupaten Uji " + slug, "64.08",
                        "Kalimantan Timur", "Asia/Makassar", 0));
            }
        }
        mongo.insert(new LocalUnit(UNIT_PUPR, TENANT, "PUPR", "Dinas Pekerjaan Umum", "DINAS", LocalUnit.ACTIVE, 0, 0));
        mongo.insert(new LocalUnit(UNIT_DLH, TENANT, "DLH", "Dinas Lingkungan Hidup", "DINAS", LocalUnit.ACTIVE, 0, 0));
    }

    @Test
    void filesFromTheWebAndShowsARedactedPublicPage() throws Exception {
        HttpResponse<String> filed = post(complaints(TENANT), named("budi.santoso@example.id"), null);
        assertThat(filed.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(filed.body());
        String trackingId = receipt.path("trackingId").asString();
        assertThat(trackingId).matches("ADU-[0-9A-Z]{10}");
        assertThat(receipt.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(receipt.path("reporterCode").asString()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(filed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(trackingId));

        JsonNode page = json.readTree(get(complaints(TENANT) + "/" + trackingId, null).body());
        assertThat(page.path("statusLabel").asString()).isEqualTo("Diterima");
        assertThat(page.path("title").asString()).isEqualTo("Jalan berlubang di depan pasar");
        assertThat(page.path("description").asString()).contains("[disamarkan]").doesNotContain("0812", "Budi");
        assertThat(page.path("categoryName").asString()).isEqualTo("Jalan rusak");
        assertThat(page.has("reporter")).isFalse();
        assertThat(page.path("history").get(0).path("event").asString()).isEqualTo("RECEIVED");

        Document stored = mongo.findOne(byTracking(trackingId), Document.class, "complaints");
        // the reporter's identity is sealed (the free text is the reporter's own words, stored as written)
        assertThat(stored.get("reporter", Document.class).toJson()).doesNotContain("Budi", "0812");
        assertThat(stored.toJson()).doesNotContain("budi.santoso@example.id", "081234567890",
                receipt.path("reporterCode").asString());

        ConsumerRecord<String, byte[]> event = awaitEvent("id.terbuka.complaint.complaint-received.v1", trackingId);
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).doesNotContain("Budi", "berlubang", "example.id");
    }

    @Test
    void webReportersWhoLeftAnEmailGetStatusMailsWithoutTheirIdentityShown() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String namedAddress = "budi." + tag + "@example.id";
        String anonymousAddress = "rahasia." + tag + "@example.id";
        String named = json.readTree(post(complaints(TENANT), named(namedAddress), null).body()).path("trackingId")
                .asString();
        String anonymous = json.readTree(post(complaints(TENANT), """
                {"title":"Lampu jalan mati","description":"Lampu jalan di gang Mawar mati","anonymous":true,
                 "reporter":{"name":"Rahasia Sekali","email":"%s"}}""".formatted(anonymousAddress), null).body())
                .path("trackingId").asString();
        String noAddress = json.readTree(post(complaints(TENANT), anonymous(), null).body()).path("trackingId")
                .asString();
        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        for (String trackingId : List.of(named, anonymous, noAddress)) {
            assertThat(post(complaints(TENANT) + "/" + trackingId + "/verification", "{\"outcome\":\"VERIFIED\"}",
                    coordinator).statusCode()).isEqualTo(200);
        }

        await(() -> mailsTo(namedAddress).size() == 1 && mailsTo(anonymousAddress).size() == 1);
        jakarta.mail.internet.MimeMessage toAnonymous = mailsTo(anonymousAddress).getFirst();
        assertThat(toAnonymous.getSubject()).contains(anonymous);
        assertThat(toAnonymous.getFrom()[0].toString()).isEqualTo("pengaduan@kab-uji.example");
        String text = toAnonymous.getContent().toString();
        assertThat(text).contains("Pengaduan " + anonymous + " telah diverifikasi", "kode pelapor")
                .doesNotContain("Rahasia Sekali", anonymousAddress);
        assertThat(mailsTo(namedAddress).getFirst().getContent().toString()).contains(named, "telah diverifikasi")
                .doesNotContain("Budi");

        // queued like the chat replies, without the address (it stays sealed in reply_contacts)
        List<String> ids = List.of(named, anonymous).stream()
                .map(t -> mongo.findOne(byTracking(t), Document.class, "complaints").getString("_id")).toList();
        List<Document> queued = mongo.find(Query.query(Criteria.where("complaintId").in(ids)), Document.class,
                "outbound_messages");
        assertThat(queued).hasSize(2).allSatisfy(m -> {
            assertThat(m.getString("state")).isEqualTo("SENT");
            assertThat(m.toJson()).doesNotContain(namedAddress, anonymousAddress);
        });
        // a reporter without an e-mail address gets none
        awaitEvent("id.terbuka.complaint.complaint-verified.v1", noAddress);
        String withoutId = mongo.findOne(byTracking(noAddress), Document.class, "complaints").getString("_id");
        assertThat(mongo.count(Query.query(Criteria.where("complaintId").is(withoutId)), "outbound_messages"))
                .isZero();
    }

    private List<jakarta.mail.internet.MimeMessage> mailsTo(String address) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void anAnonymousConfidentialComplaintShowsOnlyItsStatusAndKeepsTheReplyContactApart() throws Exception {
        String body = """
                {"title":"Pungutan liar di kantor kecamatan","description":"Petugas meminta uang tambahan",
                 "anonymous":true,"confidential":true,"reporter":{"name":"Siti","email":"siti.rahasia@example.id"}}
                """;
        HttpResponse<String> filed = post(complaints(TENANT), body, null);
        assertThat(filed.statusCode()).isEqualTo(201);
        String trackingId = json.readTree(filed.body()).path("trackingId").asString();

        HttpResponse<String> page = get(complaints(TENANT) + "/" + trackingId, null);
        JsonNode view = json.readTree(page.body());
        assertThat(view.path("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.path("confidential").asBoolean()).isTrue();
        assertThat(page.body()).doesNotContain("Pungutan", "Petugas", "history", "Siti");

        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        HttpResponse<String> staff = get(complaints(TENANT) + "/" + trackingId, coordinator);
        assertThat(staff.body()).contains("Pungutan liar").doesNotContain("Siti", "siti.rahasia", "\"reporter\"");

        Document stored = mongo.findOne(byTracking(trackingId), Document.class, "complaints");
        assertThat(stored.get("reporter")).isNull();
        assertThat(stored.toJson()).doesNotContain("Siti", "siti.rahasia");
        Document contact = mongo.findById(stored.getString("_id"), Document.class, "reply_contacts");
        assertThat(contact).isNotNull();
        assertThat(contact.toJson()).doesNotContain("siti.rahasia");
    }

    @Test
    void namesEveryInvalidField() throws Exception {
        String body = """
                {"title":"","description":"x","category":"tidak-ada","location":{"lat":95},"anonymous":false,
                 "reporter":{"email":"bukan-email"}}
                """;
        HttpResponse<String> refused = post(complaints(TENANT), body, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"title\"", "\"field\":\"category\"",
                "\"field\":\"location.lat\"", "\"field\":\"reporter.email\"", "\"field\":\"reporter.name\"");
    }

    @Test
    void theIntakeLimitsComplaintsPerAddressAndPerContact() throws Exception {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
        for (int i = 0; i < 5; i++) {
            assertThat(post(complaints(TENANT), anonymous(), null, address).statusCode()).isEqualTo(201);
        }
        HttpResponse<String> limited = post(complaints(TENANT), anonymous(), null, address);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 3600L));
        assertThat(limited.body()).contains("https://terbuka.id/problems/too-many-complaints");

        String email = "sering-" + UUID.randomUUID() + "@example.id";
        for (int i = 0; i < 5; i++) {
            assertThat(post(complaints(TENANT), named(email), null).statusCode()).isEqualTo(201);
        }
        assertThat(post(complaints(TENANT), named(email), null).statusCode()).isEqualTo(429);
        // another contact from yet another address is still welcome
        assertThat(post(complaints(TENANT), named("lain-" + UUID.randomUUID() + "@example.id"), null).statusCode())
                .isEqualTo(201);
    }

    @Test
    void verificationDispatchFollowUpReopenAndCloseFollowTheClocksAndTheRoles() throws Exception {
        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        String pupr = TestTokens.token(TENANT, UNIT_PUPR, "COMPLAINT_LIAISON");
        String dlh = TestTokens.token(TENANT, UNIT_DLH, "COMPLAINT_LIAISON");
        String foreignCoordinator = TestTokens.token(OTHER, null, "COMPLAINT_COORDINATOR");

        JsonNode receipt = json.readTree(post(complaints(TENANT), named("warga-" + UUID.randomUUID() + "@example.id"),
                null).body());
        String id = receipt.path("trackingId").asString();
        String code = receipt.path("reporterCode").asString();
        String one = complaints(TENANT) + "/" + id;
        WorkingDayCalendar calendar = calendars.forTenant(TENANT);

        JsonNode staffView = json.readTree(get(one, coordinator).body());
        assertThat(staffView.path("dueKind").asString()).isEqualTo("VERIFICATION");
        assertThat(staffView.path("dueDate").asString())
                .isEqualTo(calendar.addWorkingDays(Instant.now(), 3).dueDate().toString());
        assertThat(staffView.path("breached").asBoolean()).isFalse();
        assertThat(staffView.path("reporter").path("name").asString()).isEqualTo("Budi Santoso");
        assertThat(staffView.path("suggestedUnit").path("id").asString()).isEqualTo(UNIT_PUPR);
        assertThat(get(one, foreignCoordinator).statusCode()).isEqualTo(403);
        assertThat(get(one, pupr).statusCode()).isEqualTo(403);

        assertThat(post(one + "/verification", "{\"outcome\":\"VERIFIED\"}", pupr).statusCode()).isEqualTo(403);
        assertThat(post(one + "/verification", "{\"outcome\":\"VERIFIED\"}", foreignCoordinator).statusCode())
                .isEqualTo(403);
        assertThat(post(one + "/verification", "{\"outcome\":\"VERIFIED\"}", coordinator).statusCode()).isEqualTo(200);

        HttpResponse<String> unknownUnit = post(one + "/dispatch", "{\"unitId\":\"no-such-unit\"}", coordinator);
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("\"field\":\"unitId\"");
        assertThat(post(one + "/dispatch", "{\"unitId\":\"" + UNIT_DLH + "\"}", coordinator).statusCode())
                .isEqualTo(200);
        // re-dispatch to the right unit: the trail keeps both
        JsonNode dispatched = json.readTree(post(one + "/dispatch",
                "{\"unitId\":\"" + UNIT_PUPR + "\",\"note\":\"urusan jalan\"}", coordinator).body());
        assertThat(dispatched.path("status").asString()).isEqualTo("DISPATCHED");
        assertThat(dispatched.path("dispatches").size()).isEqualTo(2);
        assertThat(dispatched.path("followUpDueDate").asString())
                .isEqualTo(calendar.addWorkingDays(Instant.now(), 5).dueDate().toString());

        // liaisons: only their own unit's complaints
        assertThat(workListIds(get(complaints(TENANT), pupr))).contains(id);
        assertThat(workListIds(get(complaints(TENANT), dlh))).doesNotContain(id);
        assertThat(get(complaints(TENANT) + "?unit=" + UNIT_PUPR, dlh).statusCode()).isEqualTo(403);
        assertThat(post(one + "/follow-ups", "{\"status\":\"RESPONDED\",\"message\":\"x\"}", dlh).statusCode())
                .isEqualTo(403);
        assertThat(post(one + "/follow-ups", "{\"status\":\"RESPONDED\",\"message\":\"x\"}", coordinator)
                .statusCode()).isEqualTo(403);

        assertThat(post(one + "/follow-ups", "{\"status\":\"IN_PROGRESS\",\"message\":\"Tim meninjau lokasi\"}",
                pupr).statusCode()).isEqualTo(201);
        JsonNode responded = json.readTree(post(one + "/follow-ups",
                "{\"status\":\"RESPONDED\",\"message\":\"Lubang sudah ditambal\"}", pupr).body());
        assertThat(responded.path("status").asString()).isEqualTo("RESPONDED");
        assertThat(responded.path("followUps").get(1).path("workingDaysTaken").asInt()).isZero();

        // the reporter: wrong code is the 404 of a missing complaint; the right one reopens, then accepts
        HttpResponse<String> wrongCode = post(one + "/reopening",
                "{\"reporterCode\":\"AAAA-BBBB-CCCC-DDDD\",\"reason\":\"belum\"}", null);
        assertThat(wrongCode.statusCode()).isEqualTo(404);
        JsonNode reopened = json.readTree(post(one + "/reopening",
                "{\"reporterCode\":\"" + code + "\",\"reason\":\"Masih berlubang di sisi kiri\"}", null).body());
        assertThat(reopened.path("status").asString()).isEqualTo("REOPENED");
        assertThat(post(one + "/follow-ups", "{\"status\":\"RESPONDED\",\"message\":\"Sisi kiri ditambal\"}", pupr)
                .statusCode()).isEqualTo(201);
        HttpResponse<String> badRating = post(one + "/acceptance",
                "{\"reporterCode\":\"" + code + "\",\"rating\":6}", null);
        assertThat(badRating.statusCode()).isEqualTo(400);
        JsonNode closed = json.readTree(post(one + "/acceptance",
                "{\"reporterCode\":\"" + code + "\",\"rating\":5,\"comment\":\"Cepat\"}", null).body());
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("feedback").path("rating").asInt()).isEqualTo(5);

        JsonNode publicPage = json.readTree(get(one, null).body());
        assertThat(publicPage.path("history").findValuesAsString("event")).containsExactly("RECEIVED", "VERIFIED",
                "DISPATCHED", "DISPATCHED", "FOLLOW_UP", "RESPONDED", "REOPENED", "RESPONDED", "CLOSED");
        assertThat(publicPage.path("unit").path("name").asString()).isEqualTo("Dinas Pekerjaan Umum");

        for (String type : List.of("verified", "dispatched", "responded", "reopened", "closed")) {
            awaitEvent("id.terbuka.complaint.complaint-" + type + ".v1", id);
        }
    }

    @Test
    void aComplaintPastItsVerificationDateIsFlaggedAsBreached() throws Exception {
        Complaint old = Complaint.receive(new Complaint.Intake(UUID.randomUUID().toString(), TENANT,
                Codes.trackingId(), Codes.hash("x"), "test:" + UUID.randomUUID(), Channel.WEB, null, "Lama",
                "Belum diverifikasi", null, null, true, false, null), 3, calendars.forTenant(TENANT),
                Instant.parse("2026-01-05T02:00:00Z"));
        complaints.insert(old);
        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        JsonNode breached = json.readTree(get(complaints(TENANT) + "?breached=true&size=100", coordinator).body());
        JsonNode item = null;
        for (JsonNode candidate : breached.path("items")) {
            if (candidate.path("trackingId").asString().equals(old.trackingId())) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.path("breached").asBoolean()).isTrue();
        assertThat(item.path("dueDate").asString()).isEqualTo("2026-01-08");
        assertThat(workListIds(get(complaints(TENANT) + "?breached=false&size=100", coordinator)))
                .doesNotContain(old.trackingId());
    }

    @Test
    void theClockRoundAnnouncesEachBreachOnceAndClosesAnswersTheReporterLeftAlone() {
        WorkingDayCalendar calendar = calendars.forTenant(TENANT);
        Complaint late = Complaint.receive(new Complaint.Intake(UUID.randomUUID().toString(), TENANT,
                Codes.trackingId(), Codes.hash("x"), "test:" + UUID.randomUUID(), Channel.WEB, null, "Terlambat",
                "Belum diverifikasi", null, null, true, false, null), 3, calendar, Instant.parse("2026-02-02T02:00:00Z"));
        complaints.insert(late);
        Complaint answered = Complaint.receive(new Complaint.Intake(UUID.randomUUID().toString(), TENANT,
                Codes.trackingId(), Codes.hash("y"), "test:" + UUID.randomUUID(), Channel.WEB, null, "Dijawab",
                "Sudah dijawab", null, null, true, false, null), 3, calendar, Instant.parse("2026-01-05T02:00:00Z"));
        answered.verify("coord", calendar, Instant.parse("2026-01-05T03:00:00Z"));
        answered.dispatch(UNIT_PUPR, null, "coord", 5, calendar, Instant.parse("2026-01-05T04:00:00Z"));
        answered.followUp(ComplaintStatus.RESPONDED, "Sudah diperbaiki", "liaison", 10, calendar,
                Instant.parse("2026-01-06T02:00:00Z"));
        complaints.insert(answered);

        ComplaintClocks.Round first = clocks.tick();
        assertThat(first.breachesReported()).isGreaterThanOrEqualTo(1);
        assertThat(first.autoClosed()).isGreaterThanOrEqualTo(1);
        assertThat(clocks.tick()).isEqualTo(new ComplaintClocks.Round(0, 0));

        assertThat(complaints.findById(late.id()).orElseThrow().breachReported()).isTrue();
        Complaint closed = complaints.findById(answered.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.autoClosed()).isTrue();
        String breach = new String(awaitEvent("id.terbuka.complaint.complaint-sla-breached.v1", late.trackingId())
                .value(), StandardCharsets.UTF_8);
        assertThat(breach).contains("\"dueKind\":\"VERIFICATION\"", "\"dueDate\":\"2026-02-05\"");
        assertThat(new String(awaitEvent("id.terbuka.complaint.complaint-closed.v1", answered.trackingId()).value(),
                StandardCharsets.UTF_8)).contains("\"automatic\":true");
    }

    @Test
    void aSimilarNearbyComplaintIsSuggestedAndMergedSoBothReportersGetTheUpdates() throws Exception {
        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        double lat = -1.0 - ThreadLocalRandom.current().nextDouble(0.5);
        String first = fileAt("Jalan berlubang besar di depan Pasar Pagi",
                "Lubang di jalan depan pasar membahayakan pengendara motor", lat, 116.9);
        String farAway = fileAt("Jalan berlubang di depan pasar", "Lubang besar di jalan depan pasar", lat + 0.05,
                116.9);
        String unrelated = fileAt("Sampah menumpuk", "Sampah di depan pasar tidak diangkut", lat + 0.0005, 116.9);

        // a Telegram reporter writes about the same hole about 100 m away
        long chat = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
        long update = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4);
        Map<String, String> secret = Map.of("X-Telegram-Bot-Api-Secret-Token", "tg-secret");
        postRaw("/channels/telegram/" + TENANT, telegram(update, chat,
                "\"text\":\"Lubang jalan di depan pasar pagi, motor sering jatuh\""), secret);
        postRaw("/channels/telegram/" + TENANT, telegram(update + 1, chat,
                "\"location\":{\"latitude\":" + (lat + 0.0009) + ",\"longitude\":116.9}"), secret);
        awaitProcessed("telegram:" + TENANT + ":" + (update + 1));
        String duplicate = complaintFrom("telegram:" + TENANT + ":" + update).getString("trackingId");

        HttpResponse<String> suggested = get(complaints(TENANT) + "/" + duplicate + "/duplicates", coordinator);
        assertThat(suggested.statusCode()).isEqualTo(200);
        JsonNode items = json.readTree(suggested.body()).path("items");
        List<String> ids = items.findValuesAsString("trackingId");
        assertThat(ids).contains(first).doesNotContain(farAway, unrelated, duplicate);
        JsonNode match = items.get(ids.indexOf(first));
        assertThat(match.path("distanceMetres").asLong()).isBetween(90L, 110L);
        assertThat(match.path("sharedTerms").toString()).contains("lubang", "jalan", "pasar");

        assertThat(post(complaints(TENANT) + "/" + duplicate + "/merge", "{\"intoTrackingId\":\"ADU-TIDAKADA00\"}",
                coordinator).body()).contains("\"field\":\"intoTrackingId\"");
        HttpResponse<String> merged = post(complaints(TENANT) + "/" + duplicate + "/merge",
                "{\"intoTrackingId\":\"" + first + "\"}", coordinator);
        assertThat(merged.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(merged.body());
        assertThat(view.path("status").asString()).isEqualTo("REJECTED");
        assertThat(view.path("rejection").path("reason").asString()).isEqualTo("DUPLICATE");
        assertThat(view.path("mergedInto").asString()).isEqualTo(first);
        assertThat(post(complaints(TENANT) + "/" + duplicate + "/merge", "{\"intoTrackingId\":\"" + first + "\"}",
                coordinator).statusCode()).isEqualTo(409);
        assertThat(get(complaints(TENANT) + "/" + first, coordinator).body()).contains("MERGED_FROM", duplicate);
        awaitEvent("id.terbuka.complaint.complaint-merged.v1", first);

        // the surviving complaint's updates reach the merged reporter on Telegram too
        assertThat(post(complaints(TENANT) + "/" + first + "/verification", "{\"outcome\":\"VERIFIED\"}",
                coordinator).statusCode()).isEqualTo(200);
        await(() -> telegramTexts(chat).stream().anyMatch(t -> t.contains("telah diverifikasi")));
        List<String> texts = telegramTexts(chat);
        assertThat(texts).anySatisfy(t -> assertThat(t).contains(duplicate, "kami gabungkan", first));
        assertThat(texts.getLast()).contains("[Pengaduan " + first, duplicate, "Pengaduan " + first
                + " telah diverifikasi");
    }

    private String fileAt(String title, String description, double lat, double lon) throws Exception {
        String body = """
                {"title":"%s","description":"%s","category":"jalan-rusak","location":{"lat":%s,"lon":%s},
                 "anonymous":true}""".formatted(title, description, lat, lon);
        HttpResponse<String> filed = post(complaints(TENANT), body, null);
        assertThat(filed.statusCode()).isEqualTo(201);
        return json.readTree(filed.body()).path("trackingId").asString();
    }

    @Test
    void photosAreStoredWithoutExifAndOnlyTheReporterAndStaffReadThem() throws Exception {
        JsonNode receipt = json.readTree(post(complaints(TENANT), anonymous(), null).body());
        String id = receipt.path("trackingId").asString();
        String code = receipt.path("reporterCode").asString();
        String attachments = complaints(TENANT) + "/" + id + "/attachments";
        byte[] photo = TestImages.jpegWithExif();

        assertThat(upload(attachments + "?reporterCode=SALAH-SALAH-SALA-HXXX", "foto.jpg", photo, null).statusCode())
                .isEqualTo(404);
        HttpResponse<String> added = upload(attachments + "?reporterCode=" + code, "IMG_2041.JPG", photo, null);
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode attachment = json.readTree(added.body());
        assertThat(attachment.path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(attachment.path("metadataStripped").asBoolean()).isTrue();
        assertThat(attachment.path("fileName").asString()).isEqualTo("IMG_2041.jpg");

        // what is stored carries no EXIF, camera or position
        Document file = mongo.getCollection("fs.files").find(new Document("_id",
                new org.bson.types.ObjectId(attachment.path("id").asString()))).first();
        assertThat(file).isNotNull();
        byte[] stored = readGridFs(file);
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        assertThat(TestImages.contains(stored, "Canon")).isFalse();
        assertThat(TestImages.contains(stored, TestImages.GPS)).isFalse();
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth()).isEqualTo(32);

        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        HttpResponse<byte[]> read = http.send(HttpRequest.newBuilder(url(attachments + "/" + attachment.path("id")
                .asString())).header("Authorization", "Bearer " + coordinator).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(stored);
        assertThat(read.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get(attachments + "/" + attachment.path("id").asString(), null).statusCode()).isEqualTo(404);
        assertThat(get(complaints(TENANT) + "/" + id + "?reporterCode=" + code, null).body())
                .contains(attachment.path("id").asString());
        String liaison = TestTokens.token(TENANT, UNIT_DLH, "COMPLAINT_LIAISON");
        assertThat(get(attachments + "/" + attachment.path("id").asString(), liaison).statusCode()).isEqualTo(403);

        // a program named like a photo is refused by its bytes; a PNG loses its text chunks too
        byte[] program = ("MZ\u0090\u0000" + "This program cannot be run in DOS mode").getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> refused = upload(attachments + "?reporterCode=" + code, "foto.jpg", program, null);
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("unsupported-attachment");
        HttpResponse<String> png = upload(attachments, "denah.png", TestImages.pngWithMetadata(), coordinator);
        assertThat(png.statusCode()).isEqualTo(201);
        assertThat(json.readTree(png.body()).path("size").asLong()).isLessThan(TestImages.pngWithMetadata().length);

        // a portrait phone photo keeps its Orientation (else it shows lying on its side), nothing else
        HttpResponse<String> portrait = upload(attachments + "?reporterCode=" + code, "IMG_2042.jpg",
                TestImages.jpegWithOrientationAndGps(6), null);
        assertThat(portrait.statusCode()).isEqualTo(201);
        byte[] storedPortrait = readGridFs(mongo.getCollection("fs.files").find(new Document("_id",
                new org.bson.types.ObjectId(json.readTree(portrait.body()).path("id").asString()))).first());
        assertThat(TestImages.contains(storedPortrait, TestImages.GPS)).isFalse();
        assertThat(TestImages.contains(storedPortrait, "Canon")).isFalse();
        var exif = com.drew.imaging.jpeg.JpegMetadataReader.readMetadata(
                new java.io.ByteArrayInputStream(storedPortrait))
                .getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class);
        assertThat(exif.getInt(com.drew.metadata.exif.ExifIFD0Directory.TAG_ORIENTATION)).isEqualTo(6);
    }

    private byte[] readGridFs(Document file) {
        List<Document> chunks = mongo.getCollection("fs.chunks").find(new Document("files_id", file.get("_id")))
                .sort(new Document("n", 1)).into(new java.util.ArrayList<>());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        chunks.forEach(c -> out.writeBytes(c.get("data", org.bson.types.Binary.class).getData()));
        return out.toByteArray();
    }

    private HttpResponse<String> upload(String path, String fileName, byte[] bytes, String token) throws Exception {
        String boundary = "----terbuka" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anApiClientRegisteredInIdentityPostsOpen311RequestsUntilItIsRevoked() throws Exception {
        String clientId = TENANT + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String form = "jurisdiction_id=" + TENANT + "&service_code=sampah&lat=-0.5&long=117.1&description="
                + enc("Sampah menumpuk") + "&api_key=" + clientId;
        assertThat(postForm("/open311/v2/requests.json", form).statusCode()).isEqualTo(403);

        identityEvent(ApiClientRegistered.TYPE.type(), clientId, new ApiClientRegistered(clientId, TENANT,
                "Aplikasi Lapor Warga", List.of("complaints:read", "complaints:write"), "BASIC"));
        await(() -> postForm("/open311/v2/requests.json", form).statusCode() == 201);
        // only for its own tenant
        assertThat(postForm("/open311/v2/requests.json", form.replace("jurisdiction_id=" + TENANT,
                "jurisdiction_id=" + OTHER)).statusCode()).isEqualTo(403);

        String readOnly = TENANT + "." + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        identityEvent(ApiClientRegistered.TYPE.type(), readOnly, new ApiClientRegistered(readOnly, TENANT,
                "Dasbor", List.of("complaints:read"), "BASIC"));
        identityEvent(ApiClientRevoked.TYPE.type(), clientId, new ApiClientRevoked(clientId, TENANT));
        await(() -> postForm("/open311/v2/requests.json", form).statusCode() == 403);
        assertThat(postForm("/open311/v2/requests.json", form.replace(clientId, readOnly)).statusCode())
                .isEqualTo(403);
    }

    /** Plays identity-service: a CloudEvent on identity.events, as its outbox relay sends it. */
    private void identityEvent(String type, String subject, Object payload) throws Exception {
        cloudEvents.send(new OutboxEvent(UUID.randomUUID().toString(), type, Topics.IDENTITY, subject, TENANT,
                Instant.now(), EventJson.write(payload), null)).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void publicStatisticsCountPerUnitWhatWasReceivedAnsweredInTimeAndRated() throws Exception {
        String tenant = "kab-statistik-" + ThreadLocalRandom.current().nextInt(1000, 9999);
        mongo.insert(new LocalTenant(tenant, UUID.randomUUID().toString(), "Kabupaten Statistik", "64.09",
                "Kalimantan Timur", "Asia/Jakarta", 0));
        String roads = "unit-roads-" + UUID.randomUUID();
        String health = "unit-health-" + UUID.randomUUID();
        mongo.insert(new LocalUnit(roads, tenant, "PUPR", "Dinas PUPR", "DINAS", LocalUnit.ACTIVE, 0, 0));
        mongo.insert(new LocalUnit(health, tenant, "DINKES", "Dinas Kesehatan", "DINAS", LocalUnit.ACTIVE, 0, 0));
        WorkingDayCalendar wib = WorkingDayCalendar.defaults();
        Instant monday = Instant.parse("2026-02-02T03:00:00Z");
        // roads: answered in 2 working days and rated 5; answered in 7 (late) and rated 3; one still open
        complaints.insert(answered(tenant, roads, monday, Instant.parse("2026-02-04T03:00:00Z"), 5));
        complaints.insert(answered(tenant, roads, monday, Instant.parse("2026-02-11T03:00:00Z"), 3));
        Complaint waiting = received(tenant, monday);
        waiting.verify("c", wib, monday);
        waiting.dispatch(roads, null, "c", 5, wib, monday);
        complaints.insert(waiting);
        // health: answered in 1 working day, not rated yet
        complaints.insert(answered(tenant, health, monday, Instant.parse("2026-02-03T03:00:00Z"), 0));
        Complaint rejected = received(tenant, monday);
        rejected.reject(RejectionReason.NOT_A_COMPLAINT, null, "c", wib, monday);
        complaints.insert(rejected);
        complaints.insert(received(tenant, monday));
        complaints.insert(received(tenant, Instant.parse("2026-03-02T03:00:00Z"))); // outside the period

        HttpResponse<String> response = get(complaints(tenant) + "/statistics?from=2026-02-01&to=2026-02-28", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.path("totals").toString()).isEqualTo(
                "{\"received\":6,\"verified\":4,\"rejected\":1,\"open\":3}");
        JsonNode roadsRow = null;
        JsonNode healthRow = null;
        for (JsonNode row : report.path("units")) {
            if (row.path("unitId").asString().equals(roads)) {
                roadsRow = row;
            } else if (row.path("unitId").asString().equals(health)) {
                healthRow = row;
            }
        }
        assertThat(roadsRow.path("name").asString()).isEqualTo("Dinas PUPR");
        assertThat(roadsRow.path("received").asLong()).isEqualTo(3);
        assertThat(roadsRow.path("answered").asLong()).isEqualTo(2);
        assertThat(roadsRow.path("answeredWithinSla").asLong()).isEqualTo(1);
        assertThat(roadsRow.path("meanWorkingDaysToAnswer").asDouble()).isEqualTo(4.5);
        assertThat(roadsRow.path("open").asLong()).isEqualTo(1);
        assertThat(roadsRow.path("ratings").path("average").asDouble()).isEqualTo(4.0);
        assertThat(roadsRow.path("ratings").path("distribution").toString())
                .isEqualTo("{\"1\":0,\"2\":0,\"3\":1,\"4\":0,\"5\":1}");
        assertThat(healthRow.path("answered").asLong()).isEqualTo(1);
        assertThat(healthRow.path("meanWorkingDaysToAnswer").asDouble()).isEqualTo(1.0);
        assertThat(healthRow.path("ratings").path("count").asLong()).isZero();
        assertThat(response.body()).doesNotContain("Statistik uji");

        HttpResponse<String> reversed = get(complaints(tenant) + "/statistics?from=2026-03-01&to=2026-02-01", null);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("\"field\":\"from\"");
        assertThat(get(complaints(tenant) + "/statistics?from=kemarin", null).statusCode()).isEqualTo(400);
    }

    private static Complaint received(String tenant, Instant at) {
        return Complaint.receive(new Complaint.Intake(UUID.randomUUID().toString(), tenant, Codes.trackingId(),
                Codes.hash("x"), "test:" + UUID.randomUUID(), Channel.WEB, null, "Statistik uji", "Isi rahasia",
                null, null, true, false, null), 3, WorkingDayCalendar.defaults(), at);
    }

    private static Complaint answered(String tenant, String unit, Instant at, Instant answeredAt, int rating) {
        WorkingDayCalendar wib = WorkingDayCalendar.defaults();
        Complaint c = received(tenant, at);
        c.verify("c", wib, at);
        c.dispatch(unit, null, "c", 5, wib, at);
        c.followUp(ComplaintStatus.RESPONDED, "Selesai", "l", 10, wib, answeredAt);
        if (rating > 0) {
            c.accept(rating, null, answeredAt.plusSeconds(3600));
        }
        return c;
    }

    @Test
    void aSelectedComplaintReachesSp4nLaporOnceItIsBackAndItsStatusComesBack() throws Exception {
        String email = "lapor-" + UUID.randomUUID() + "@example.id";
        String trackingId = json.readTree(post(complaints(TENANT), named(email), null).body()).path("trackingId")
                .asString();
        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        String path = complaints(TENANT) + "/" + trackingId + "/lapor";
        String laporId = "LAPOR-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        var down = platforms.stubFor(WireMock.post(urlEqualTo("/lapor/api/v1/complaints"))
                .willReturn(aResponse().withStatus(503)));

        assertThat(get(path, coordinator).statusCode()).isEqualTo(404);
        HttpResponse<String> requested = post(path, "", coordinator);
        assertThat(requested.statusCode()).isEqualTo(202);
        assertThat(json.readTree(requested.body()).path("state").asString()).isEqualTo("PENDING");
        await(() -> platforms.getAllServeEvents().stream().anyMatch(e -> e.getRequest().getUrl()
                .equals("/lapor/api/v1/complaints") && e.getRequest().getBodyAsString().contains(trackingId)));
        assertThat(json.readTree(get(path, coordinator).body()).path("state").asString()).isIn("PENDING", "SENDING");

        platforms.removeStub(down);
        platforms.stubFor(WireMock.post(urlEqualTo("/lapor/api/v1/complaints"))
                .withHeader("Authorization", equalTo("Bearer lapor-token"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"tracking_id\":\"" + laporId + "\"}")));
        platforms.stubFor(WireMock.get(urlEqualTo("/lapor/api/v1/complaints/" + laporId))
                .willReturn(okJson("{\"tracking_id\":\"" + laporId + "\",\"status\":\"Selesai ditindaklanjuti\"}")));
        await(() -> "Selesai ditindaklanjuti".equals(json.readTree(get(path, coordinator).body())
                .path("laporStatus").asString(null)));
        JsonNode forwarding = json.readTree(get(path, coordinator).body());
        assertThat(forwarding.path("state").asString()).isEqualTo("FORWARDED");
        assertThat(forwarding.path("laporTrackingId").asString()).isEqualTo(laporId);

        // selected again: the same forwarding, nothing sent twice
        assertThat(post(path, "", coordinator).statusCode()).isEqualTo(202);
        List<ServeEvent> accepted = platforms.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/lapor/api/v1/complaints")
                        && e.getResponse().getStatus() == 201 && e.getRequest().getBodyAsString().contains(trackingId))
                .toList();
        assertThat(accepted).hasSize(1);
        JsonNode sent = json.readTree(accepted.getFirst().getRequest().getBodyAsString());
        assertThat(sent.path("source_id").asString()).isEqualTo(trackingId);
        assertThat(sent.path("title").asString()).isEqualTo("Jalan berlubang di depan pasar");
        assertThat(sent.path("location").path("lat").asDouble()).isEqualTo(-0.5);
        assertThat(accepted.getFirst().getRequest().getBodyAsString()).doesNotContain(email, "reporter", "081234567890");

        String foreign = TestTokens.token(OTHER, null, "COMPLAINT_COORDINATOR");
        String elsewhere = json.readTree(post(complaints(OTHER), anonymous(), null).body()).path("trackingId")
                .asString();
        HttpResponse<String> notConfigured = post(complaints(OTHER) + "/" + elsewhere + "/lapor", "", foreign);
        assertThat(notConfigured.statusCode()).isEqualTo(404);
        assertThat(notConfigured.body()).contains("lapor-not-configured");
    }

    @Test
    void anOpen311ClientListsServicesAndCreatesAndReadsRequestsInJsonAndXml() throws Exception {
        HttpResponse<String> services = get("/open311/v2/services.json?jurisdiction_id=" + TENANT, null);
        assertThat(services.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(services.body());
        assertThat(list.findValuesAsString("service_code")).contains("jalan-rusak", "sampah", "pelayanan-kesehatan");
        HttpResponse<String> servicesXml = get("/open311/v2/services.xml?jurisdiction_id=" + TENANT, null);
        assertThat(servicesXml.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/xml"));
        assertThat(servicesXml.body()).contains("<services><service><service_code>jalan-rusak</service_code>");

        HttpResponse<String> unknown = get("/open311/v2/services.json?jurisdiction_id=tidak-ada", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        // Open311 errors in the spec's shape
        JsonNode errors = json.readTree(unknown.body());
        assertThat(errors.get(0).path("code").asInt()).isEqualTo(404);
        assertThat(errors.get(0).path("description").asString()).contains("tidak-ada");
        HttpResponse<String> unknownXml = get("/open311/v2/services.xml?jurisdiction_id=tidak-ada", null);
        assertThat(unknownXml.statusCode()).isEqualTo(404);
        assertThat(unknownXml.body()).contains("<errors><error><code>404</code><description>");

        String form = "jurisdiction_id=" + TENANT + "&service_code=sampah&lat=-0.5&long=117.1"
                + "&address_string=" + enc("Jl. Pramuka & Gg. 3") + "&description=" + enc("Sampah menumpuk <3 hari>")
                + "&email=" + enc("o311-" + UUID.randomUUID() + "@example.id");
        HttpResponse<String> withoutKey = postForm("/open311/v2/requests.json", form);
        assertThat(withoutKey.statusCode()).isEqualTo(400);
        assertThat(json.readTree(withoutKey.body()).get(0).path("description").asString()).startsWith("api_key: ");
        assertThat(postForm("/open311/v2/requests.json", form + "&api_key=wrong").statusCode()).isEqualTo(403);
        assertThat(postForm("/open311/v2/requests.json", form + "&api_key=other-tenant-key").statusCode())
                .isEqualTo(403);
        HttpResponse<String> created = postForm("/open311/v2/requests.json", form + "&api_key=it-open311-key");
        assertThat(created.statusCode()).isEqualTo(201);
        String requestId = json.readTree(created.body()).get(0).path("service_request_id").asString();
        assertThat(requestId).startsWith("ADU-");

        JsonNode one = json.readTree(get("/open311/v2/requests/" + requestId + ".json?jurisdiction_id=" + TENANT,
                null).body()).get(0);
        assertThat(one.path("status").asString()).isEqualTo("open");
        assertThat(one.path("service_code").asString()).isEqualTo("sampah");
        assertThat(one.path("address").asString()).isEqualTo("Jl. Pramuka & Gg. 3");
        assertThat(one.path("lat").asDouble()).isEqualTo(-0.5);
        assertThat(one.path("long").asDouble()).isEqualTo(117.1);
        assertThat(one.path("requested_datetime").asString()).endsWith("+08:00");

        String xml = get("/open311/v2/requests/" + requestId + ".xml?jurisdiction_id=" + TENANT, null).body();
        assertThat(xml).contains("<service_requests><request><service_request_id>" + requestId,
                "<address>Jl. Pramuka &amp; Gg. 3</address>", "<description>Sampah menumpuk &lt;3 hari&gt;</description>",
                "<status>open</status>");

        HttpResponse<String> createdXml = postForm("/open311/v2/requests.xml",
                form.replace("o311-", "o311x-") + "&api_key=it-open311-key");
        assertThat(createdXml.statusCode()).isEqualTo(201);
        assertThat(createdXml.body()).contains("<service_request_id>ADU-");

        JsonNode open = json.readTree(get("/open311/v2/requests.json?jurisdiction_id=" + TENANT
                + "&status=open&service_code=sampah", null).body());
        assertThat(open.findValuesAsString("service_request_id")).contains(requestId);
        assertThat(open.findValuesAsString("service_code")).containsOnly("sampah");
    }

    @Test
    void aSignedWhatsAppMessageOpensOneComplaintEvenWhenDeliveredTwice() throws Exception {
        HttpResponse<String> handshake = get("/channels/whatsapp/" + TENANT
                + "?hub.mode=subscribe&hub.verify_token=wa-verify&hub.challenge=1158201444", null);
        assertThat(handshake.statusCode()).isEqualTo(200);
        assertThat(handshake.body()).isEqualTo("1158201444");
        assertThat(get("/channels/whatsapp/" + TENANT + "?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1",
                null).statusCode()).isEqualTo(403);

        String messageId = "wamid.HBgL" + UUID.randomUUID();
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                 "messaging_product":"whatsapp","contacts":[{"profile":{"name":"Ani"},"wa_id":"6281234567890"}],
                 "messages":[{"from":"6281234567890","id":"%s","timestamp":"1767225600","type":"text",
                 "text":{"body":"Lampu jalan di Jl. Yos Sudarso mati sejak seminggu"}}]}}]}]}
                """.formatted(messageId);
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        Query bySource = Query.query(Criteria.where("sourceKey").is("whatsapp:" + TENANT + ":" + messageId));

        assertThat(postRaw("/channels/whatsapp/" + TENANT, raw, Map.of()).statusCode()).isEqualTo(401);
        assertThat(postRaw("/channels/whatsapp/" + TENANT, raw,
                Map.of("X-Hub-Signature-256", Signatures.hubSignature(raw, "wrong-secret"))).statusCode())
                .isEqualTo(401);
        assertThat(mongo.count(bySource, "complaints")).isZero();
        String sourceKey = "whatsapp:" + TENANT + ":" + messageId;
        assertThat(mongo.findById(sourceKey, Document.class, "inbound_deliveries")).isNull();

        // answered once stored; the complaint follows in the background
        Map<String, String> signed = Map.of("X-Hub-Signature-256", Signatures.hubSignature(raw, "wa-app-secret"));
        HttpResponse<String> first = postRaw("/channels/whatsapp/" + TENANT, raw, signed);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).path("accepted").asInt()).isEqualTo(1);
        HttpResponse<String> again = postRaw("/channels/whatsapp/" + TENANT, raw, signed);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("accepted").asInt()).isZero();
        Document processed = awaitProcessed(sourceKey);
        assertThat(processed.getString("outcome")).isEqualTo("OPENED");
        // the sealed raw message (with the number) is dropped once processed
        assertThat(processed.containsKey("sealedPayload")).isFalse();
        assertThat(processed.toJson()).doesNotContain("6281234567890");
        assertThat(mongo.count(bySource, "complaints")).isEqualTo(1);
        assertThat(meters.find("terbuka.complaint.webhook.ack").tags("channel", "whatsapp", "outcome", "accepted")
                .timer().count()).isGreaterThanOrEqualTo(2);

        Document stored = mongo.findOne(bySource, Document.class, "complaints");
        assertThat(stored.getString("channel")).isEqualTo("WHATSAPP");
        assertThat(stored.getBoolean("anonymous")).isTrue();
        assertThat(stored.toJson()).doesNotContain("6281234567890", "Ani");
        assertThat(mongo.findById(stored.getString("_id"), Document.class, "reply_contacts")).isNotNull();

        assertThat(postRaw("/channels/whatsapp/" + OTHER, raw, signed).statusCode()).isEqualTo(404);
    }

    @Test
    void telegramUpdatesNeedTheSecretTokenAndOpenOneComplaintPerUpdate() throws Exception {
        long updateId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        byte[] raw = """
                {"update_id":%d,"message":{"message_id":7,"date":1767225600,"chat":{"id":123456,"type":"private"},
                 "from":{"id":123456,"first_name":"Rudi"},"text":"Sampah di pasar tidak diangkut"}}
                """.formatted(updateId).getBytes(StandardCharsets.UTF_8);
        assertThat(postRaw("/channels/telegram/" + TENANT, raw, Map.of()).statusCode()).isEqualTo(401);
        assertThat(postRaw("/channels/telegram/" + TENANT, raw, Map.of("X-Telegram-Bot-Api-Secret-Token", "salah"))
                .statusCode()).isEqualTo(401);
        Map<String, String> secret = Map.of("X-Telegram-Bot-Api-Secret-Token", "tg-secret");
        assertThat(json.readTree(postRaw("/channels/telegram/" + TENANT, raw, secret).body()).path("accepted")
                .asInt()).isEqualTo(1);
        assertThat(json.readTree(postRaw("/channels/telegram/" + TENANT, raw, secret).body()).path("accepted")
                .asInt()).isZero();
        assertThat(awaitProcessed("telegram:" + TENANT + ":" + updateId).getString("outcome")).isEqualTo("OPENED");
        assertThat(mongo.count(Query.query(Criteria.where("sourceKey").is("telegram:" + TENANT + ":" + updateId)),
                "complaints")).isEqualTo(1);
    }

    @Test
    void repliesWaitWhileWhatsAppIsDownAndAllLeaveExactlyOnceWhenItIsBack() throws Exception {
        platforms.resetAll();
        platforms.stubFor(WireMock.post(urlEqualTo(WHATSAPP_SEND)).willReturn(aResponse().withStatus(503)
                .withBody("{\"error\":{\"message\":\"Service temporarily unavailable\"}}")));
        List<String> senders = List.of(phone(), phone(), phone());
        List<String> trackingIds = new java.util.ArrayList<>();
        for (String sender : senders) {
            String messageId = "wamid." + UUID.randomUUID();
            HttpResponse<String> accepted = whatsApp(textMessage(sender, messageId, "Jalan di depan rumah nomor "
                    + sender + " berlubang"));
            assertThat(accepted.statusCode()).isEqualTo(200);
            assertThat(json.readTree(accepted.body()).path("accepted").asInt()).isEqualTo(1);
            assertThat(awaitProcessed("whatsapp:" + TENANT + ":" + messageId).getString("outcome"))
                    .isEqualTo("OPENED");
            trackingIds.add(complaintFrom("whatsapp:" + TENANT + ":" + messageId).getString("trackingId"));
        }
        // the platform is called and refuses (then the circuit opens); the replies stay queued
        await(() -> senders.stream().allMatch(s -> served(s, 503) >= 1));
        assertThat(mongo.count(Query.query(Criteria.where("state").in("PENDING", "SENDING")), "outbound_messages"))
                .isGreaterThanOrEqualTo(senders.size());
        assertThat(senders).allSatisfy(s -> assertThat(served(s, 200)).isZero());

        platforms.resetAll();
        platformsAnswer();
        await(() -> senders.stream().allMatch(s -> served(s, 200) == 1)
                && mongo.count(Query.query(Criteria.where("state").in("PENDING", "SENDING")), "outbound_messages") == 0);
        replySender.deliverDue();
        for (int i = 0; i < senders.size(); i++) {
            String sender = senders.get(i);
            assertThat(served(sender, 200)).as("delivered once to %s", sender).isEqualTo(1);
            ServeEvent delivered = servedTo(sender).getFirst();
            assertThat(delivered.getRequest().getHeader("Authorization")).isEqualTo("Bearer wa-access-token");
            JsonNode sent = json.readTree(delivered.getRequest().getBodyAsString());
            assertThat(sent.path("messaging_product").asString()).isEqualTo("whatsapp");
            assertThat(sent.path("type").asString()).isEqualTo("text");
            assertThat(sent.path("text").path("body").asString()).contains(trackingIds.get(i), "Kode pelapor",
                    "kategori", "1. Jalan rusak");
        }
    }

    @Test
    void laterMessagesJoinTheOpenComplaintAndTheBotAsksForWhatIsMissing() throws Exception {
        long chat = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 4);
        Map<String, String> secret = Map.of("X-Telegram-Bot-Api-Secret-Token", "tg-secret");
        long update = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4);
        // delivered one after the other without waiting: processed in the order they were accepted
        JsonNode opened = json.readTree(postRaw("/channels/telegram/" + TENANT, telegram(update, chat,
                "\"text\":\"Sampah menumpuk di pinggir jalan\""), secret).body());
        assertThat(opened.path("accepted").asInt()).isEqualTo(1);
        JsonNode category = json.readTree(postRaw("/channels/telegram/" + TENANT, telegram(update + 1, chat,
                "\"text\":\"3\""), secret).body());
        assertThat(category.path("accepted").asInt()).isEqualTo(1);
        byte[] location = telegram(update + 2, chat, "\"location\":{\"latitude\":-0.49,\"longitude\":117.15}");
        assertThat(json.readTree(postRaw("/channels/telegram/" + TENANT, location, secret).body()).path("accepted")
                .asInt()).isEqualTo(1);
        // redelivered: stored and joined once
        assertThat(json.readTree(postRaw("/channels/telegram/" + TENANT, location, secret).body()).path("accepted")
                .asInt()).isZero();
        byte[] photo = telegram(update + 3, chat, "\"photo\":[{\"file_id\":\"small\",\"width\":90},"
                + "{\"file_id\":\"AgACAgUAAxk-large\",\"width\":1280}],\"caption\":\"Ini fotonya\"");
        assertThat(json.readTree(postRaw("/channels/telegram/" + TENANT, photo, secret).body()).path("accepted")
                .asInt()).isEqualTo(1);
        assertThat(awaitProcessed("telegram:" + TENANT + ":" + update).getString("outcome")).isEqualTo("OPENED");
        for (long later = update + 1; later <= update + 3; later++) {
            assertThat(awaitProcessed("telegram:" + TENANT + ":" + later).getString("outcome")).isEqualTo("JOINED");
        }
        String trackingId = complaintFrom("telegram:" + TENANT + ":" + update).getString("trackingId");

        Complaint complaint = complaints.findByTenantAndTrackingId(TENANT, trackingId).orElseThrow();
        assertThat(complaint.category()).isEqualTo("sampah");
        assertThat(complaint.location().lat()).isEqualTo(-0.49);
        assertThat(complaint.messages()).extracting(m -> m.kind()).containsExactly("TEXT", "LOCATION", "PHOTO");
        assertThat(complaint.messages().get(2).mediaId()).isEqualTo("AgACAgUAAxk-large");
        assertThat(complaint.messages().get(2).text()).isEqualTo("Ini fotonya");
        assertThat(mongo.count(Query.query(Criteria.where("channel").is("TELEGRAM").and("title")
                .is("Sampah menumpuk di pinggir jalan")), "complaints")).isEqualTo(1);

        // the photo itself is fetched from Telegram and stored as an attachment, without its EXIF
        await(() -> !complaints.findByTenantAndTrackingId(TENANT, trackingId).orElseThrow().attachments().isEmpty());
        var photoAttachment = complaints.findByTenantAndTrackingId(TENANT, trackingId).orElseThrow().attachments()
                .getFirst();
        assertThat(photoAttachment.contentType()).isEqualTo("image/jpeg");
        assertThat(photoAttachment.uploadedBy()).isEqualTo("REPORTER");
        byte[] storedPhoto = readGridFs(mongo.getCollection("fs.files").find(new Document("_id",
                new org.bson.types.ObjectId(photoAttachment.id()))).first());
        assertThat(TestImages.contains(storedPhoto, "Exif")).isFalse();
        assertThat(TestImages.contains(storedPhoto, TestImages.GPS)).isFalse();

        await(() -> telegramTexts(chat).size() == 4);
        List<String> texts = telegramTexts(chat);
        assertThat(texts.get(0)).contains(trackingId, "Balas dengan nomornya", "3. Sampah");
        assertThat(texts.get(1)).contains("Kategori dicatat: Sampah", "bagikan lokasi");
        assertThat(texts.get(2)).contains("Lokasi kejadian dicatat").doesNotContain("kategori apa");
        assertThat(texts.get(3)).contains("ditambahkan ke pengaduan " + trackingId);

        // a status change goes back on the same channel, through complaint.events and the queue
        String coordinator = TestTokens.token(TENANT, null, "COMPLAINT_COORDINATOR");
        assertThat(post(complaints(TENANT) + "/" + trackingId + "/verification", "{\"outcome\":\"VERIFIED\"}",
                coordinator).statusCode()).isEqualTo(200);
        await(() -> telegramTexts(chat).size() == 5);
        assertThat(telegramTexts(chat).get(4)).contains(trackingId, "telah diverifikasi");
    }

    @Test
    void anAcceptedMessageWhoseProcessorDiedIsClaimedAgainAfterItsLease() throws Exception {
        String messageId = "wamid." + UUID.randomUUID();
        String sourceKey = "whatsapp:" + TENANT + ":" + messageId;
        String raw = """
                {"from":"%s","id":"%s","timestamp":"1767225600","type":"text","text":{"body":"Pohon tumbang di jalan"}}
                """.formatted(phone(), messageId).strip();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // accepted, claimed by a replica that then died: its lease still runs
        mongo.insert(new InboundDelivery(sourceKey, TENANT, Channel.WHATSAPP, "sender-" + UUID.randomUUID(),
                now.toEpochMilli() * 1000, cipher.seal(raw, "inbound:" + sourceKey), InboundDelivery.State.PROCESSING,
                0, now, now, now.plusSeconds(3600), null, null, null));
        inboundProcessor.processDue();
        assertThat(mongo.exists(Query.query(Criteria.where("sourceKey").is(sourceKey)), "complaints")).isFalse();

        mongo.updateFirst(Query.query(Criteria.where("_id").is(sourceKey)),
                new org.springframework.data.mongodb.core.query.Update().set("claimedUntil", now.minusSeconds(1)),
                "inbound_deliveries");
        assertThat(awaitProcessed(sourceKey).getString("outcome")).isEqualTo("OPENED");
        assertThat(complaintFrom(sourceKey).getString("title")).isEqualTo("Pohon tumbang di jalan");
        assertThat(mongo.count(Query.query(Criteria.where("sourceKey").is(sourceKey)), "complaints")).isEqualTo(1);
    }

    @Test
    void aMessageThatCannotBeProcessedIsKeptAndRetriedNotLost() throws Exception {
        String sourceKey = "whatsapp:" + TENANT + ":wamid." + UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // sealed for another record: opening it fails every time
        mongo.insert(new InboundDelivery(sourceKey, TENANT, Channel.WHATSAPP, "sender-" + UUID.randomUUID(),
                now.toEpochMilli() * 1000, cipher.seal("{}", "inbound:another"), InboundDelivery.State.PENDING, 0,
                now, now, null, null, null, null));
        await(() -> {
            Document delivery = mongo.findById(sourceKey, Document.class, "inbound_deliveries");
            return delivery.getInteger("attempts", 0) >= 1 && "PENDING".equals(delivery.getString("state"));
        });
        Document kept = mongo.findById(sourceKey, Document.class, "inbound_deliveries");
        assertThat(kept.getString("lastError")).isEqualTo("IllegalArgumentException");
        assertThat(kept.getString("sealedPayload")).isNotBlank();
        assertThat(kept.getDate("nextAttemptAt")).isAfter(java.util.Date.from(now));
    }

    @Test
    void twoFirstMessagesOfOneSenderArrivingTogetherMakeOneComplaint() throws Exception {
        for (int round = 0; round < 3; round++) {
            String sender = phone();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> deliveries = new java.util.ArrayList<>();
            List<String> keys = new java.util.ArrayList<>();
            for (String text : List.of("Air PDAM tidak mengalir tiga hari", "Di kelurahan Sempaja")) {
                String messageId = "wamid." + UUID.randomUUID();
                keys.add("whatsapp:" + TENANT + ":" + messageId);
                byte[] raw = textMessage(sender, messageId, text).getBytes(StandardCharsets.UTF_8);
                deliveries.add(http.sendAsync(HttpRequest.newBuilder(url("/channels/whatsapp/" + TENANT))
                        .header("Content-Type", "application/json")
                        .header("X-Hub-Signature-256", Signatures.hubSignature(raw, "wa-app-secret"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (var delivery : deliveries) {
                HttpResponse<String> answer = delivery.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(json.readTree(answer.body()).path("accepted").asInt()).isEqualTo(1);
            }
            List<String> outcomes = new java.util.ArrayList<>();
            for (String key : keys) {
                outcomes.add(awaitProcessed(key).getString("outcome"));
            }
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("OPENED", "JOINED");
        }
    }

    static final String WHATSAPP_SEND = "/graph/109876543210/messages";

    /** Both platforms accept every message. */
    static void platformsAnswer() {
        platforms.stubFor(WireMock.post(urlEqualTo(WHATSAPP_SEND)).withHeader("Authorization", equalTo("Bearer wa-access-token"))
                .willReturn(okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.out\"}]}")));
        platforms.stubFor(WireMock.post(urlEqualTo("/telegram/bot4242:tg-bot-token/sendMessage"))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":99}}")));
        // a reporter's photo: getFile, then the file itself (a phone photo with EXIF)
        platforms.stubFor(WireMock.get(urlEqualTo("/telegram/bot4242:tg-bot-token/getFile?file_id=AgACAgUAAxk-large"))
                .willReturn(okJson("{\"ok\":true,\"result\":{\"file_id\":\"AgACAgUAAxk-large\","
                        + "\"file_path\":\"photos/file_7.jpg\"}}")));
        try {
            platforms.stubFor(WireMock.get(urlEqualTo("/telegram/file/bot4242:tg-bot-token/photos/file_7.jpg"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/jpeg")
                            .withBody(TestImages.jpegWithExif())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<ServeEvent> servedTo(String whatsAppNumber) {
        return platforms.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(WHATSAPP_SEND))
                .filter(e -> e.getRequest().getBodyAsString().contains("\"to\":\"" + whatsAppNumber + "\""))
                .toList();
    }

    private long served(String whatsAppNumber, int status) {
        return servedTo(whatsAppNumber).stream().filter(e -> e.getResponse().getStatus() == status).count();
    }

    /** What the bot sent to a Telegram chat, oldest first. */
    private List<String> telegramTexts(long chat) {
        return platforms.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().endsWith("/sendMessage") && e.getResponse().getStatus() == 200)
                .map(e -> json.readTree(e.getRequest().getBodyAsString()))
                .filter(body -> body.path("chat_id").asString("").equals(String.valueOf(chat)))
                .map(body -> body.path("text").asString())
                .toList().reversed();
    }

    private HttpResponse<String> whatsApp(String body) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        return postRaw("/channels/whatsapp/" + TENANT, raw,
                Map.of("X-Hub-Signature-256", Signatures.hubSignature(raw, "wa-app-secret")));
    }

    private static String textMessage(String from, String messageId, String text) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                 "messaging_product":"whatsapp","messages":[{"from":"%s","id":"%s","timestamp":"1767225600",
                 "type":"text","text":{"body":"%s"}}]}}]}]}
                """.formatted(from, messageId, text);
    }

    /** Waits (bounded) until the webhook message with this source key is processed; returns its record. */
    private Document awaitProcessed(String sourceKey) throws Exception {
        await(() -> {
            Document delivery = mongo.findById(sourceKey, Document.class, "inbound_deliveries");
            return delivery != null && "DONE".equals(delivery.getString("state"));
        });
        return mongo.findById(sourceKey, Document.class, "inbound_deliveries");
    }

    /** The complaint a webhook message opened (waits, bounded, for its processing). */
    private Document complaintFrom(String sourceKey) throws Exception {
        await(() -> mongo.exists(Query.query(Criteria.where("sourceKey").is(sourceKey)), "complaints"));
        return mongo.findOne(Query.query(Criteria.where("sourceKey").is(sourceKey)), Document.class, "complaints");
    }

    private static byte[] telegram(long update, long chat, String content) {
        return """
                {"update_id":%d,"message":{"message_id":%d,"date":1767225600,"chat":{"id":%d,"type":"private"},%s}}
                """.formatted(update, update % 100000, chat, content).getBytes(StandardCharsets.UTF_8);
    }

    private static String phone() {
        return "628" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
    }

    /** Waits for the asynchronous sender (sweeps every 200 ms here); fails after 30 s. */
    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private List<String> workListIds(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body()).path("items").findValuesAsString("trackingId");
    }

    private static String named(String email) {
        return """
                {"title":"Jalan berlubang di depan pasar","description":"Lubang besar, hubungi saya Budi Santoso di 0812-3456-7890",
                 "category":"jalan-rusak","location":{"lat":-0.5,"lon":117.1,"address":"Jl. Pasar Baru"},
                 "anonymous":false,"confidential":false,
                 "reporter":{"name":"Budi Santoso","email":"%s","phone":"081234567890"}}
                """.formatted(email);
    }

    private static String anonymous() {
        return "{\"title\":\"Sampah\",\"description\":\"Sampah menumpuk\",\"anonymous\":true}";
    }

    private static String complaints(String tenant) {
        return "/api/v1/" + tenant + "/complaints";
    }

    private static Query byTracking(String trackingId) {
        return Query.query(Criteria.where("trackingId").is(trackingId));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        return post(path, body, token, "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250) + ", 10.0."
                + ThreadLocalRandom.current().nextInt(0, 250) + "." + ThreadLocalRandom.current().nextInt(1, 250));
    }

    /** {@code forwardedFor}'s last entry plays the client address the gateway appended. */
    private HttpResponse<String> post(String path, String body, String token, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postRaw(String path, byte[] body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String type, String trackingId) {
        return EventProbe.awaitEvent(Topics.COMPLAINT, TENANT, type, trackingId);
    }

}

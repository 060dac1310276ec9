package id.terbuka.complaint.it;

import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.TestTokens;
import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.directory.TenantCalendars;
import id.terbuka.complaint.channel.Signatures;
import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.Codes;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintRepository;
import id.terbuka.events.contracts.Topics;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
        "terbuka.complaint.open311.api-clients[1].tenants[0]=kota-lain"})
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintApiIT {

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
    @LocalServerPort
    int port;

    @BeforeAll
    void directory() {
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
        assertThat(unknown.body()).contains("https://terbuka.id/problems/jurisdiction-not-found");

        String form = "jurisdiction_id=" + TENANT + "&service_code=sampah&lat=-0.5&long=117.1"
                + "&address_string=" + enc("Jl. Pramuka & Gg. 3") + "&description=" + enc("Sampah menumpuk <3 hari>")
                + "&email=" + enc("o311-" + UUID.randomUUID() + "@example.id");
        assertThat(postForm("/open311/v2/requests.json", form).statusCode()).isEqualTo(400);
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

        Map<String, String> signed = Map.of("X-Hub-Signature-256", Signatures.hubSignature(raw, "wa-app-secret"));
        HttpResponse<String> first = postRaw("/channels/whatsapp/" + TENANT, raw, signed);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).path("opened").asInt()).isEqualTo(1);
        HttpResponse<String> again = postRaw("/channels/whatsapp/" + TENANT, raw, signed);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).path("opened").asInt()).isZero();
        assertThat(mongo.count(bySource, "complaints")).isEqualTo(1);

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
        assertThat(json.readTree(postRaw("/channels/telegram/" + TENANT, raw, secret).body()).path("opened").asInt())
                .isEqualTo(1);
        assertThat(json.readTree(postRaw("/channels/telegram/" + TENANT, raw, secret).body()).path("opened").asInt())
                .isZero();
        assertThat(mongo.count(Query.query(Criteria.where("sourceKey").is("telegram:" + TENANT + ":" + updateId)),
                "complaints")).isEqualTo(1);
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

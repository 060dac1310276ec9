package id.terbuka.request.it;

import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.TestTokens;
import id.terbuka.events.contracts.Topics;
import id.terbuka.events.contracts.identity.LocalHolidayDay;
import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * request-service over real HTTP, stored in the MongoDB-protocol server, announced on request.events, with real
 * RS256 tokens. Tenants reach the service as in production: one through identity's TenantRegistered event.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestApiIT {

    static final String NIK = "3204011505900001";
    static final String PHONE = "081234567890";
    static final String EMAIL = "budi.santoso@example.id";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    CloudEventPublisher publisher;
    @LocalServerPort
    int port;

    String wib;
    String wita;

    @BeforeAll
    void tenants() throws Exception {
        wib = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(wib, UUID.randomUUID().toString(), "Kabupaten Bandung", "32.04", "Jawa Barat",
                "Asia/Jakarta", 0));

        wita = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        TenantRegistered registered = new TenantRegistered(UUID.randomUUID().toString(), wita, "Kabupaten Kutai Timur",
                "64.08", "Kalimantan Timur", "Asia/Makassar", null,
                List.of(new LocalHolidayDay(LocalDate.of(2026, 3, 5), "Hari Jadi Kabupaten")), null);
        publisher.send(new OutboxEvent(UUID.randomUUID().toString(), TenantRegistered.TYPE.type(), Topics.IDENTITY,
                registered.tenantId(), wita, Instant.now(), EventJson.write(registered), null)).get();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Query byId = Query.query(Criteria.where("_id").is(wita));
        while (!(mongo.exists(byId, "tenant_calendars") && mongo.exists(byId, "directory_tenants"))
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(mongo.exists(byId, "tenant_calendars")).as("calendar of %s applied", wita).isTrue();
    }

    @Test
    void filesOnlineTracksWithTheCodeAndKeepsPersonalDataEncrypted() throws Exception {
        HttpResponse<String> filed = post("/api/v1/" + wib + "/requests", individual(), null);
        assertThat(filed.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(filed.body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();
        assertThat(number).matches("3204/20\\d\\d/\\d{6}");
        assertThat(receipt.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(receipt.path("dueDate").asString()).isNotBlank();
        assertThat(receipt.path("registeredAt").asString()).isNotBlank();
        assertThat(filed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(number));

        HttpResponse<String> tracked = get(path(wib, number) + "?trackingCode=" + code, null);
        assertThat(tracked.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(tracked.body());
        assertThat(view.path("statusLabel").asString()).isEqualTo("Terdaftar");
        assertThat(view.path("dueDateExplanation").path("text").asString()).contains("hari kerja");
        assertThat(view.path("requester").path("nik").asString()).isEqualTo(NIK);
        assertThat(view.path("requester").path("email").asString()).isEqualTo(EMAIL);
        assertThat(view.path("history").size()).isEqualTo(1);

        HttpResponse<String> wrongCode = get(path(wib, number) + "?trackingCode=AAAA-BBBB-CCCC-DDDD", null);
        HttpResponse<String> noCode = get(path(wib, number), null);
        HttpResponse<String> noSuchNumber = get(path(wib, "3204/2026/999999") + "?trackingCode=" + code, null);
        for (HttpResponse<String> refused : List.of(wrongCode, noCode, noSuchNumber)) {
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain(NIK, "Budi", "REGISTERED");
        }

        Document stored = mongo.findOne(Query.query(Criteria.where("registrationNumber").is(number)
                .and("tenant").is(wib)), Document.class, "information_requests");
        assertThat(stored.toJson()).doesNotContain(NIK, PHONE, EMAIL, "Jl. Merdeka", code)
                .contains("3204**********01");

        ConsumerRecord<String, byte[]> event = awaitEvent(wib, "id.terbuka.request.request-registered.v1", number);
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).contains(number).doesNotContain(NIK, EMAIL);
    }

    @Test
    void namesEveryInvalidFieldOfAFiling() throws Exception {
        String body = """
                {"requesterType":"INDIVIDUAL","name":"","nik":"3204013205900001","address":"Jl. A",
                 "informationRequested":"x","purpose":"y","obtainMethod":"COPY_SOFT","deliveryMethod":"EMAIL",
                 "channel":"LETTER"}
                """;
        HttpResponse<String> refused = post("/api/v1/" + wib + "/requests", body, null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"name\"", "\"field\":\"nik\"", "\"field\":\"email\"",
                "\"field\":\"channel\"").doesNotContain("3204013205900001");

        String entity = individual().replace("\"INDIVIDUAL\"", "\"LEGAL_ENTITY\"");
        assertThat(post("/api/v1/" + wib + "/requests", entity, null).body())
                .contains("\"field\":\"legalEntityDeed\"");
        assertThat(post("/api/v1/" + wib + "/requests", individual().replace("COPY_SOFT", "FAX_IT"), null).body())
                .contains("\"field\":\"obtainMethod\"");
    }

    @Test
    void staffRecordAnOfflineRequestAndTheClockRunsFromReceiptInTheTenantsCalendar() throws Exception {
        String staff = TestTokens.token(wita, null, "PPID_UTAMA");
        // received on paper on Monday 2 March 2026 (WITA); 5 March is the regency's own holiday
        HttpResponse<String> recorded = post("/api/v1/" + wita + "/requests",
                offline("LETTER", "2026-03-02T02:00:00Z"), staff);
        assertThat(recorded.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(recorded.body());
        assertThat(receipt.path("registrationNumber").asString()).startsWith("6408/2026/");
        assertThat(receipt.path("dueDate").asString()).isEqualTo("2026-03-17");
        assertThat(receipt.path("dueDateExplanation").path("text").asString()).contains("Hari Jadi Kabupaten");

        HttpResponse<String> future = post("/api/v1/" + wita + "/requests",
                offline("IN_PERSON", Instant.now().plusSeconds(3600).toString()), staff);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"receivedAt\"");

        HttpResponse<String> publicWithChannel = post("/api/v1/" + wita + "/requests",
                offline("LETTER", "2026-03-02T02:00:00Z"), null);
        assertThat(publicWithChannel.statusCode()).isEqualTo(400);
        assertThat(publicWithChannel.body()).contains("\"field\":\"channel\"", "\"field\":\"receivedAt\"");

        String otherTenantsPpid = TestTokens.token(wib, null, "PPID_UTAMA");
        assertThat(post("/api/v1/" + wita + "/requests", offline("LETTER", "2026-03-02T02:00:00Z"),
                otherTenantsPpid).statusCode()).isEqualTo(403);
    }

    @Test
    void fiftyConcurrentFilingsGetFiftyDistinctGaplessNumbers() throws Exception {
        String tenant = "kota-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(tenant, UUID.randomUUID().toString(), "Kota Uji", "64.72", "Kalimantan Timur",
                "Asia/Makassar", 0));
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Callable<HttpResponse<String>>> filings = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                filings.add(() -> post("/api/v1/" + tenant + "/requests", individual(), null));
            }
            Set<Integer> sequences = new TreeSet<>();
            Set<String> codes = new TreeSet<>();
            for (Future<HttpResponse<String>> result : pool.invokeAll(filings)) {
                HttpResponse<String> response = result.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                JsonNode receipt = json.readTree(response.body());
                String number = receipt.path("registrationNumber").asString();
                assertThat(number).startsWith("6472/");
                sequences.add(Integer.parseInt(number.substring(number.lastIndexOf('/') + 1)));
                codes.add(receipt.path("trackingCode").asString());
            }
            assertThat(sequences).hasSize(50).first().isEqualTo(1);
            assertThat(sequences).last().isEqualTo(50);
            assertThat(codes).hasSize(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void workListIsForPpidRolesWithMaskedNikOverdueFlagAndUnitScope() throws Exception {
        String utama = TestTokens.token(wib, null, "PPID_UTAMA");
        String unit = "unit-" + UUID.randomUUID();
        String pelaksana = TestTokens.token(wib, unit, "PPID_PELAKSANA");
        // an old request recorded by the unit: long overdue
        String old = json.readTree(post("/api/v1/" + wib + "/requests", offline("POST", "2025-06-02T02:00:00Z"),
                pelaksana).body()).path("registrationNumber").asString();
        post("/api/v1/" + wib + "/requests", individual(), null);

        HttpResponse<String> list = get("/api/v1/" + wib + "/requests?overdue=true&size=100", utama);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(old, "3204**********01", "\"overdue\":true").doesNotContain(NIK, EMAIL,
                PHONE);
        JsonNode items = json.readTree(list.body()).path("items");
        for (JsonNode item : items) {
            assertThat(item.path("overdue").asBoolean()).isTrue();
        }

        HttpResponse<String> own = get("/api/v1/" + wib + "/requests?size=100", pelaksana);
        assertThat(own.statusCode()).isEqualTo(200);
        JsonNode ownItems = json.readTree(own.body()).path("items");
        assertThat(ownItems.size()).isEqualTo(1);
        assertThat(ownItems.path(0).path("registrationNumber").asString()).isEqualTo(old);
        assertThat(get("/api/v1/" + wib + "/requests?unit=other", pelaksana).statusCode()).isEqualTo(403);

        assertThat(get("/api/v1/" + wib + "/requests", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/" + wib + "/requests", TestTokens.citizen(wib, "c-1")).statusCode()).isEqualTo(403);
        HttpResponse<String> foreign = get("/api/v1/" + wib + "/requests", TestTokens.token(wita, null, "PPID_UTAMA"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("forbidden-tenant");
    }

    @Test
    void extensionOnceAndOnlyBeforeTheDueDate() throws Exception {
        String staff = TestTokens.token(wib, null, "PPID_UTAMA");
        String number = json.readTree(post("/api/v1/" + wib + "/requests", individual(), null).body())
                .path("registrationNumber").asString();

        HttpResponse<String> extended = post(path(wib, number) + "/extension",
                "{\"reason\":\"Informasi berada di beberapa OPD\"}", staff);
        assertThat(extended.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(extended.body());
        assertThat(view.path("status").asString()).isEqualTo("EXTENDED");
        assertThat(view.path("statusLabel").asString()).isEqualTo("Diperpanjang");
        assertThat(LocalDate.parse(view.path("dueDate").asString()))
                .isAfter(LocalDate.parse(view.path("extension").path("previousDueDate").asString()));
        assertThat(post(path(wib, number) + "/extension", "{\"reason\":\"lagi\"}", staff).statusCode())
                .isEqualTo(409);

        String late = json.readTree(post("/api/v1/" + wib + "/requests", offline("EMAIL", "2025-06-02T02:00:00Z"),
                staff).body()).path("registrationNumber").asString();
        HttpResponse<String> tooLate = post(path(wib, late) + "/extension", "{\"reason\":\"terlambat\"}", staff);
        assertThat(tooLate.statusCode()).isEqualTo(422);
        assertThat(tooLate.body()).contains("extension-too-late", "2025-06-");

        assertThat(post(path(wib, number) + "/extension", "{\"reason\":\"x\"}",
                TestTokens.token(wita, null, "PPID_UTAMA")).statusCode()).isEqualTo(403);
    }

    @Test
    void rejectionNeedsItsLegalBasisAndProducesTheSkPenolakanForTheRequester() throws Exception {
        String staff = TestTokens.token(wib, null, "PPID_UTAMA");
        JsonNode receipt = json.readTree(post("/api/v1/" + wib + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();

        HttpResponse<String> incomplete = post(path(wib, number) + "/decision", "{\"outcome\":\"REJECTED\"}", staff);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("\"field\":\"legalBasis\"", "\"field\":\"decisionNumber\"",
                "\"field\":\"reasons\"");
        assertThat(get(path(wib, number) + "/notice?trackingCode=" + code, null).statusCode()).isEqualTo(404);

        HttpResponse<String> decided = post(path(wib, number) + "/decision", """
                {"outcome":"REJECTED","legalBasis":"H","decisionNumber":"188/01/PPID/2026",
                 "reasons":"Dokumen memuat data kesehatan pribadi"}
                """, staff);
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(json.readTree(decided.body()).path("statusLabel").asString()).isEqualTo("Ditolak");

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(url(path(wib, number) + "/notice?trackingCode="
                + code)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains("PENOLAKAN", "188/01/PPID/2026", number, "Pasal 17 huruf h", "rahasia pribadi",
                "Budi Santoso").doesNotContain(NIK);
        assertThat(get(path(wib, number) + "/notice", null).statusCode()).isEqualTo(404);
    }

    @Test
    void grantCarriesItsFeesInTheNotice() throws Exception {
        String staff = TestTokens.token(wib, null, "PPID_UTAMA");
        JsonNode receipt = json.readTree(post("/api/v1/" + wib + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();

        HttpResponse<String> decided = post(path(wib, number) + "/decision", """
                {"outcome":"GRANTED","informationGiven":"Salinan DPA 2026","form":"HARDCOPY","sheets":12,
                 "deliveryCost":15000,"provisionDays":3}
                """, staff);
        assertThat(decided.statusCode()).isEqualTo(200);
        JsonNode decision = json.readTree(decided.body()).path("decision");
        assertThat(decision.path("tariffPerSheet").asInt()).isEqualTo(200);
        assertThat(decision.path("totalFee").asInt()).isEqualTo(12 * 200 + 15000);

        String text = pdfText(http.send(HttpRequest.newBuilder(url(path(wib, number) + "/notice?trackingCode="
                + receipt.path("trackingCode").asString())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body());
        assertThat(text).contains("PEMBERITAHUAN TERTULIS", "Salinan DPA 2026", "17.400");
    }

    @Test
    void requesterObjectsWithTheTrackingCodeAndTheAtasanAnswers() throws Exception {
        String staff = TestTokens.token(wib, null, "PPID_UTAMA");
        JsonNode receipt = json.readTree(post("/api/v1/" + wib + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();
        String objection = "{\"ground\":\"C\",\"reason\":\"Belum ditanggapi\"}";

        HttpResponse<String> premature = post(path(wib, number) + "/objections?trackingCode=" + code, objection,
                null);
        assertThat(premature.statusCode()).isEqualTo(422);
        assertThat(premature.body()).contains("objection-premature");
        assertThat(post(path(wib, number) + "/objections?trackingCode=WRONG", objection, null).statusCode())
                .isEqualTo(404);

        post(path(wib, number) + "/decision", "{\"outcome\":\"NOT_HELD\",\"holderBody\":\"Dinas Kesehatan Provinsi\"}",
                staff);
        HttpResponse<String> filed = post(path(wib, number) + "/objections?trackingCode=" + code,
                "{\"ground\":\"D\",\"reason\":\"Informasi ada pada kami\"}", null);
        assertThat(filed.statusCode()).isEqualTo(201);
        JsonNode objectionReceipt = json.readTree(filed.body());
        assertThat(objectionReceipt.path("objectionNumber").asString()).matches("KEB/3204/20\\d\\d/\\d{6}");
        assertThat(objectionReceipt.path("responseDueDate").asString()).isNotBlank();

        String atasan = TestTokens.token(wib, null, "ATASAN_PPID");
        assertThat(post(path(wib, number) + "/objections/decision", "{\"result\":\"DISMISSED\"}", atasan).body())
                .contains("\"field\":\"reasons\"");
        assertThat(post(path(wib, number) + "/objections/decision", "{\"result\":\"UPHELD\"}", staff).statusCode())
                .isEqualTo(403);
        HttpResponse<String> answered = post(path(wib, number) + "/objections/decision", "{\"result\":\"UPHELD\"}",
                atasan);
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"result\":\"UPHELD\"");
    }

    @Test
    void aLateObjectionIsRefusedWithTheDateItWasDue() throws Exception {
        String citizen = "citizen-" + UUID.randomUUID();
        String token = TestTokens.citizen(wib, citizen);
        HttpResponse<String> filed = post("/api/v1/" + wib + "/requests", individual(), token);
        assertThat(filed.statusCode()).isEqualTo(201);
        String number = json.readTree(filed.body()).path("registrationNumber").asString();
        // move the request into the past as if received in June 2025 and never answered
        mongo.updateFirst(Query.query(Criteria.where("tenant").is(wib).and("registrationNumber").is(number)),
                new org.springframework.data.mongodb.core.query.Update()
                        .set("receivedAt", Instant.parse("2025-06-02T02:00:00Z"))
                        .set("dueDate", LocalDate.of(2025, 6, 16)), "information_requests");

        assertThat(get(path(wib, number), token).statusCode()).isEqualTo(200);
        HttpResponse<String> late = post(path(wib, number) + "/objections",
                "{\"ground\":\"C\",\"reason\":\"Tidak ditanggapi\"}", token);
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("objection-late", "2025-07-");
        assertThat(get(path(wib, number), TestTokens.citizen(wib, "someone-else")).statusCode()).isEqualTo(404);
    }

    private static String individual() {
        return """
                {"requesterType":"INDIVIDUAL","name":"Budi Santoso","nik":"%s","address":"Jl. Merdeka 1, Soreang",
                 "phone":"%s","email":"%s","occupation":"Peneliti",
                 "informationRequested":"Dokumen pelaksanaan anggaran 2026","purpose":"Penelitian",
                 "obtainMethod":"COPY_SOFT","deliveryMethod":"EMAIL"}
                """.formatted(NIK, PHONE, EMAIL);
    }

    private static String offline(String channel, String receivedAt) {
        return individual().replace("\"deliveryMethod\":\"EMAIL\"",
                "\"deliveryMethod\":\"EMAIL\",\"channel\":\"%s\",\"receivedAt\":\"%s\"".formatted(channel, receivedAt));
    }

    private static String path(String tenant, String number) {
        return "/api/v1/" + tenant + "/requests/" + number;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String tenant, String type, String number) {
        return EventProbe.awaitEvent(Topics.REQUEST, tenant, type, number);
    }

}

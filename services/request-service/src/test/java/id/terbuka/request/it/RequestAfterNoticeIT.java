package id.terbuka.request.it;

import id.terbuka.events.contracts.Topics;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.request.clock.RequestClock;
import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.RealInfrastructure;
import id.terbuka.testsupport.TestTokens;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static id.terbuka.request.it.ItHttp.NIK;
import static id.terbuka.request.it.ItHttp.individual;
import static id.terbuka.request.it.ItHttp.offline;
import static id.terbuka.request.it.ItHttp.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After the filing: the scheduled clock (overdue once, closing after the windows lapse, gauges), forwarding to
 * another tenant through the service's own event, and the sengketa, over real HTTP, MongoDB and Kafka.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestAfterNoticeIT {

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    RequestClock clock;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    ItHttp http;
    String kutai;
    String kukar;

    @BeforeAll
    void tenants() {
        http = new ItHttp(port);
        kutai = "kutim-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(kutai, UUID.randomUUID().toString(), "Kabupaten Kutai Timur", "64.08",
                "Kalimantan Timur", "Asia/Makassar", 0));
        kukar = "kukar-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(kukar, UUID.randomUUID().toString(), "Kabupaten Kutai Kartanegara", "64.02",
                "Kalimantan Timur", "Asia/Makassar", 0));
    }

    @Test
    void theClockAnnouncesOverdueOnceEvenWhenTwoReplicasRunAtTheSameTimeAndCountsItPerTenant() throws Exception {
        String staff = TestTokens.token(kutai, null, "PPID_UTAMA");
        String number = number(http.post("/api/v1/" + kutai + "/requests", offline("LETTER", "2025-06-02T02:00:00Z"),
                staff));

        // two replicas' rounds at once: only one save of the overdue notice can match the version read
        CompletableFuture<RequestClock.Round> first = CompletableFuture.supplyAsync(clock::sweep);
        CompletableFuture<RequestClock.Round> second = CompletableFuture.supplyAsync(clock::sweep);
        first.get();
        second.get();
        clock.sweep();

        Document stored = stored(kutai, number);
        assertThat(stored.get("overdueNotifiedAt")).isNotNull();
        assertThat(stored.getList("history", Document.class)).filteredOn(h -> "OVERDUE".equals(h.getString("event")))
                .hasSize(1);
        String event = EventProbe.body(EventProbe.awaitEvent(Topics.REQUEST, kutai,
                "id.terbuka.request.request-overdue.v1", number));
        // 10 working days after 2 June 2025 skip Idul Adha (6 June) and its cuti bersama (9 June)
        assertThat(event).contains("\"dueDate\":\"2025-06-18\"").doesNotContain(NIK);

        Gauge overdue = meters.find("terbuka.requests.overdue").tag("tenant", kutai).gauge();
        Gauge open = meters.find("terbuka.requests.open").tag("tenant", kutai).gauge();
        assertThat(overdue).isNotNull();
        assertThat(overdue.value()).isGreaterThanOrEqualTo(1);
        assertThat(open.value()).isGreaterThanOrEqualTo(overdue.value());

        HttpResponse<String> list = http.get("/api/v1/" + kutai + "/requests?overdue=true&size=100", staff);
        assertThat(list.body()).contains(number, "\"overdue\":true");
        HttpResponse<String> tracked = http.get(path(kutai, number), staff);
        assertThat(tracked.body()).contains("Batas waktu pemberitahuan tertulis terlewati");
    }

    @Test
    void aNoticeWhoseObjectionWindowLapsedIsClosedByTheClock() throws Exception {
        String staff = TestTokens.token(kutai, null, "PPID_UTAMA");
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        assertThat(http.post(path(kutai, number) + "/decision",
                "{\"outcome\":\"NOT_YET_DOCUMENTED\",\"timeNeededDays\":20}", staff).statusCode()).isEqualTo(200);

        clock.sweep();
        assertThat(stored(kutai, number).getString("status")).as("window still open").isEqualTo("NOT_YET_DOCUMENTED");

        // the notice as if given in June 2025 (with the check day it was given then): its 30 working days for a
        // keberatan are long over
        mongo.updateFirst(byNumber(kutai, number), new Update().set("decision.decidedAt",
                Instant.parse("2025-06-03T02:00:00Z")).set("nextClockCheck", LocalDate.of(2025, 7, 17)),
                "information_requests");
        clock.sweep();

        JsonNode view = json.readTree(http.get(path(kutai, number) + "?trackingCode="
                + receipt.path("trackingCode").asString(), null).body());
        assertThat(view.path("status").asString()).isEqualTo("CLOSED");
        assertThat(view.path("statusLabel").asString()).isEqualTo("Selesai");
        assertThat(view.path("closure").path("reason").asString()).isEqualTo("WINDOW_LAPSED");
        assertThat(view.path("closure").path("previousStatus").asString()).isEqualTo("NOT_YET_DOCUMENTED");
        EventProbe.awaitEvent(Topics.REQUEST, kutai, "id.terbuka.request.request-closed.v1", number);

        HttpResponse<String> objection = http.post(path(kutai, number) + "/objections?trackingCode="
                + receipt.path("trackingCode").asString(), "{\"ground\":\"E\",\"reason\":\"x\"}", null);
        assertThat(objection.statusCode()).isEqualTo(409);
        assertThat(objection.body()).contains("request-closed");
    }

    @Test
    void forwardingCreatesTheLinkedRequestInTheOtherTenantWhichTheRequesterFollowsWithTheSameCode()
            throws Exception {
        String staff = TestTokens.token(kutai, null, "PPID_UTAMA");
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();

        HttpResponse<String> unknown = http.post(path(kutai, number) + "/forwarding",
                "{\"tenant\":\"tidak-ada\"}", staff);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"tenant\"");
        assertThat(http.post(path(kutai, number) + "/forwarding", "{\"tenant\":\"" + kutai + "\"}", staff)
                .statusCode()).as("not to itself").isEqualTo(400);
        assertThat(http.post(path(kutai, number) + "/forwarding", "{\"tenant\":\"" + kukar + "\"}",
                TestTokens.token(kukar, null, "PPID_UTAMA")).statusCode()).isEqualTo(403);

        HttpResponse<String> forwarded = http.post(path(kutai, number) + "/forwarding",
                "{\"tenant\":\"" + kukar + "\",\"reason\":\"Data jalan kabupaten dikuasai Kukar\"}", staff);
        assertThat(forwarded.statusCode()).isEqualTo(200);
        JsonNode view = json.readTree(forwarded.body());
        assertThat(view.path("status").asString()).isEqualTo("NOT_HELD");
        assertThat(view.path("decision").path("holderBody").asString()).isEqualTo("Kabupaten Kutai Kartanegara");
        assertThat(view.path("forwardedTo").path("tenant").asString()).isEqualTo(kukar);

        // the service's own consumer creates the linked request and writes its number back
        String linked = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (linked == null && System.nanoTime() < deadline) {
            JsonNode original = json.readTree(http.get(path(kutai, number) + "?trackingCode=" + code, null).body());
            String value = original.path("forwardedTo").path("registrationNumber").asString(null);
            linked = value == null || value.isBlank() ? null : value;
            if (linked == null) {
                Thread.sleep(100);
            }
        }
        assertThat(linked).as("linked request number").matches("6402/20\\d\\d/000001");

        HttpResponse<String> there = http.get(path(kukar, linked) + "?trackingCode=" + code, null);
        assertThat(there.statusCode()).isEqualTo(200);
        JsonNode linkedView = json.readTree(there.body());
        assertThat(linkedView.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(linkedView.path("forwardedFrom").path("registrationNumber").asString()).isEqualTo(number);
        assertThat(linkedView.path("requester").path("nik").asString()).isEqualTo(NIK);
        assertThat(linkedView.path("informationRequested").asString()).isEqualTo("Laporan realisasi anggaran 2025");
        assertThat(mongo.count(Query.query(Criteria.where("tenant").is(kukar)), "information_requests"))
                .isEqualTo(1);
        assertThat(stored(kukar, linked).toJson()).doesNotContain(NIK);
        // staff of the target tenant see it in their work list
        assertThat(http.get("/api/v1/" + kukar + "/requests", TestTokens.token(kukar, null, "PPID_UTAMA")).body())
                .contains(linked);
    }

    @Test
    void theRequesterRecordsADisputeAfterTheObjectionsAnswerAndStaffFollowItToTheDecision() throws Exception {
        String staff = TestTokens.token(kutai, null, "PPID_UTAMA");
        String atasan = TestTokens.token(kutai, null, "ATASAN_PPID");
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        String dispute = "{\"commission\":\"Komisi Informasi Provinsi Kalimantan Timur\",\"filedOn\":\"" + today
                + "\"}";

        http.post(path(kutai, number) + "/decision", """
                {"outcome":"REJECTED","legalBasis":"A","decisionNumber":"188/07/PPID/2026",
                 "reasons":"Berkas penyidikan yang sedang berjalan"}
                """, staff);
        HttpResponse<String> withoutObjection = http.post(path(kutai, number) + "/dispute?trackingCode=" + code,
                dispute, null);
        assertThat(withoutObjection.statusCode()).isEqualTo(422);
        assertThat(withoutObjection.body()).contains("dispute-without-objection");

        assertThat(http.post(path(kutai, number) + "/objections?trackingCode=" + code,
                "{\"ground\":\"A\",\"reason\":\"Bukan informasi yang dikecualikan\"}", null).statusCode())
                .isEqualTo(201);
        HttpResponse<String> premature = http.post(path(kutai, number) + "/dispute?trackingCode=" + code, dispute,
                null);
        assertThat(premature.statusCode()).isEqualTo(422);
        assertThat(premature.body()).contains("dispute-premature");
        assertThat(http.post(path(kutai, number) + "/objections/decision",
                "{\"result\":\"DISMISSED\",\"reasons\":\"Pengecualian sah\"}", atasan).statusCode()).isEqualTo(200);

        HttpResponse<String> future = http.post(path(kutai, number) + "/dispute?trackingCode=" + code,
                dispute.replace(today, LocalDate.parse(today).plusDays(2).toString()), null);
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("\"field\":\"filedOn\"");
        assertThat(http.post(path(kutai, number) + "/dispute", dispute, null).statusCode()).as("no code")
                .isEqualTo(404);

        HttpResponse<String> recorded = http.post(path(kutai, number) + "/dispute?trackingCode=" + code, dispute,
                null);
        assertThat(recorded.statusCode()).isEqualTo(201);
        assertThat(recorded.body()).contains("\"filingDeadline\"", "\"objectionNumber\":\"KEB/6408/");
        assertThat(http.post(path(kutai, number) + "/dispute?trackingCode=" + code, dispute, null).statusCode())
                .isEqualTo(409);
        EventProbe.awaitEvent(Topics.REQUEST, kutai, "id.terbuka.request.dispute-recorded.v1", number);

        HttpResponse<String> progress = http.patch(path(kutai, number) + "/dispute", """
                {"kiRegistrationNumber":"045/REG-PSI/KI-KT/2026","registeredOn":"%s","mediationStartedOn":"%s",
                 "mediationResult":"FAILED"}
                """.formatted(today, today), atasan);
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body()).contains("045/REG-PSI/KI-KT/2026", "FAILED");
        HttpResponse<String> beforeFiling = http.patch(path(kutai, number) + "/dispute",
                "{\"registeredOn\":\"2020-01-01\"}", atasan);
        assertThat(beforeFiling.statusCode()).isEqualTo(400);
        assertThat(beforeFiling.body()).contains("\"field\":\"registeredOn\"");

        HttpResponse<String> noNumber = http.post(path(kutai, number) + "/dispute/decision",
                "{\"outcome\":\"GRANTED\",\"decidedOn\":\"" + today + "\"}", staff);
        assertThat(noNumber.statusCode()).isEqualTo(400);
        assertThat(noNumber.body()).contains("\"field\":\"decisionNumber\"");
        assertThat(http.post(path(kutai, number) + "/dispute/decision", """
                {"outcome":"GRANTED","decisionNumber":"012/PTS/KI-KT/2026","decidedOn":"%s",
                 "summary":"Informasi wajib diberikan"}
                """.formatted(today), staff).statusCode()).isEqualTo(200);

        JsonNode view = json.readTree(http.get(path(kutai, number) + "?trackingCode=" + code, null).body());
        assertThat(view.path("status").asString()).isEqualTo("CLOSED");
        assertThat(view.path("dispute").path("outcome").asString()).isEqualTo("GRANTED");
        assertThat(view.path("closure").path("reason").asString()).isEqualTo("DISPUTE_DECIDED");
        EventProbe.awaitEvent(Topics.REQUEST, kutai, "id.terbuka.request.dispute-decided.v1", number);
    }

    @Test
    void aLateDisputeIsRefusedWithTheDateItWasDue() throws Exception {
        String staff = TestTokens.token(kutai, null, "PPID_UTAMA");
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();
        http.post(path(kutai, number) + "/decision", "{\"outcome\":\"NOT_HELD\",\"holderBody\":\"BPN\"}", staff);
        http.post(path(kutai, number) + "/objections?trackingCode=" + code, "{\"ground\":\"D\",\"reason\":\"x\"}",
                null);
        http.post(path(kutai, number) + "/objections/decision", "{\"result\":\"DISMISSED\",\"reasons\":\"Tidak dikuasai\"}",
                TestTokens.token(kutai, null, "ATASAN_PPID"));
        // the answer as if given on 2 June 2025
        mongo.updateFirst(byNumber(kutai, number), new Update().set("objections.0.decidedAt",
                Instant.parse("2025-06-02T02:00:00Z")), "information_requests");

        HttpResponse<String> late = http.post(path(kutai, number) + "/dispute?trackingCode=" + code,
                "{\"commission\":\"KI Kaltim\",\"filedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Makassar")) + "\"}",
                null);
        assertThat(late.statusCode()).isEqualTo(422);
        // 14 working days after 2 June 2025 (1 June Pancasila, 6 June Idul Adha, 9 June cuti bersama)
        assertThat(late.body()).contains("dispute-late", "2025-06-2");
    }

    @Test
    void theRequesterWithdrawsWithTheTrackingCode() throws Exception {
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();

        assertThat(http.post(path(kutai, number) + "/withdrawal", "", null).statusCode()).isEqualTo(404);
        HttpResponse<String> withdrawn = http.post(path(kutai, number) + "/withdrawal?trackingCode=" + code, "",
                null);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(withdrawn.body()).contains("\"status\":\"CLOSED\"", "\"reason\":\"WITHDRAWN\"");
        assertThat(http.post(path(kutai, number) + "/withdrawal?trackingCode=" + code, "", null).statusCode())
                .isEqualTo(409);
        assertThat(List.of(EventProbe.body(EventProbe.awaitEvent(Topics.REQUEST, kutai,
                "id.terbuka.request.request-closed.v1", number)))).singleElement().asString().contains("WITHDRAWN");
    }

    @Test
    void theProxysPowerOfAttorneyIsSniffedLimitedAndStoredEncrypted() throws Exception {
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();
        String upload = path(kutai, number) + "/power-of-attorney";
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% SURAT KUASA KHUSUS " + NIK + "\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(http.multipart(upload, "kuasa.pdf", pdf, null).statusCode()).as("no code").isEqualTo(404);
        HttpResponse<String> uploaded = http.multipart(upload + "?trackingCode=" + code, "../kuasa.pdf", pdf, null);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode document = json.readTree(uploaded.body()).path("powerOfAttorney");
        assertThat(document.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.path("fileName").asString()).isEqualTo("kuasa.pdf");
        assertThat(document.path("size").asInt()).isEqualTo(pdf.length);

        HttpResponse<byte[]> back = http.bytes(upload + "?trackingCode=" + code, null);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(pdf);
        assertThat(back.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(http.bytes(upload, TestTokens.token(kukar, null, "PPID_UTAMA")).statusCode()).isEqualTo(403);
        for (Document chunk : mongo.findAll(Document.class, "request_documents.chunks")) {
            assertThat(new String(((org.bson.types.Binary) chunk.get("data")).getData(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(NIK, "SURAT KUASA");
        }

        byte[] executable = new byte[256];
        executable[0] = 'M';
        executable[1] = 'Z';
        HttpResponse<String> disguised = http.multipart(upload + "?trackingCode=" + code, "kuasa.pdf", executable,
                null);
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(disguised.body()).contains("document-type-not-allowed");
        assertThat(http.multipart(upload + "?trackingCode=" + code, "kuasa.pdf", new byte[0], null).statusCode())
                .isEqualTo(400);
        byte[] large = java.util.Arrays.copyOf(pdf, 5 * 1024 * 1024 + 1);
        assertThat(http.multipart(upload + "?trackingCode=" + code, "kuasa.pdf", large, null).statusCode())
                .isEqualTo(413);
        // the staff of the tenant record a paper one; it replaces the first
        HttpResponse<String> byStaff = http.multipart(upload, "kuasa-kertas.pdf", pdf,
                TestTokens.token(kutai, null, "PPID_UTAMA"));
        assertThat(byStaff.statusCode()).isEqualTo(200);
        assertThat(byStaff.body()).contains("kuasa-kertas.pdf");
        assertThat(mongo.count(new Query(), "request_documents.files")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUpheldObjectionReopensTheRequestForANewNoticeThatTheRequesterFollowsAndTheSengketaRunsFromIt()
            throws Exception {
        String staff = TestTokens.token(kutai, null, "PPID_UTAMA");
        String atasan = TestTokens.token(kutai, null, "ATASAN_PPID");
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        String code = receipt.path("trackingCode").asString();
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        assertThat(http.post(path(kutai, number) + "/decision", """
                {"outcome":"REJECTED","legalBasis":"H","decisionNumber":"188/09/PPID/2026",
                 "reasons":"Memuat data pribadi"}
                """, staff).statusCode()).isEqualTo(200);
        assertThat(http.post(path(kutai, number) + "/objections?trackingCode=" + code,
                "{\"ground\":\"A\",\"reason\":\"Bukan data pribadi\"}", null).statusCode()).isEqualTo(201);

        HttpResponse<String> wrongField = http.post(path(kutai, number) + "/objections/decision",
                "{\"result\":\"DISMISSED\",\"reasons\":\"x\",\"actionWorkingDays\":5}", atasan);
        assertThat(wrongField.statusCode()).isEqualTo(400);
        assertThat(wrongField.body()).contains("\"field\":\"actionWorkingDays\"");
        HttpResponse<String> upheld = http.post(path(kutai, number) + "/objections/decision",
                "{\"result\":\"UPHELD\",\"actionWorkingDays\":5}", atasan);
        assertThat(upheld.statusCode()).as(upheld.body()).isEqualTo(200);
        JsonNode answer = json.readTree(upheld.body());
        String actionDue = answer.path("actionDueDate").asString();
        assertThat(answer.path("actionDueDateExplanation").path("workingDays").asInt()).isEqualTo(5);

        JsonNode reopened = json.readTree(http.get(path(kutai, number) + "?trackingCode=" + code, null).body());
        assertThat(reopened.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.path("dueDate").asString()).isEqualTo(actionDue);
        assertThat(reopened.path("dueDateExplanation").path("text").asString()).isNotBlank();
        assertThat(reopened.path("decision").isNull()).isTrue();
        assertThat(reopened.path("reopenings").get(0).path("previousDecision").path("outcome").asString())
                .isEqualTo("REJECTED");
        assertThat(reopened.path("history").toString()).contains("REOPENED", "PPID wajib menerbitkan");
        assertThat(http.get(path(kutai, number) + "/notice?trackingCode=" + code, null).statusCode())
                .as("the set-aside notice is not offered as the answer").isEqualTo(404);
        assertThat(http.get("/api/v1/" + kutai + "/requests?status=IN_PROGRESS&size=100", staff).body())
                .as("in the work list again").contains(number);
        HttpResponse<String> premature = http.post(path(kutai, number) + "/dispute?trackingCode=" + code,
                "{\"commission\":\"KI Provinsi\",\"filedOn\":\"" + today + "\"}", null);
        assertThat(premature.statusCode()).isEqualTo(422);
        assertThat(premature.body()).contains("dispute-awaits-notice", actionDue);

        assertThat(http.post(path(kutai, number) + "/decision", """
                {"outcome":"GRANTED","informationGiven":"Salinan daftar penerima bantuan","form":"SOFTCOPY"}
                """, staff).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> pdf = http.bytes(path(kutai, number) + "/notice?trackingCode=" + code, null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains("PEMBERITAHUAN TERTULIS", "Salinan daftar penerima bantuan")
                .doesNotContain("188/09/PPID/2026");
        JsonNode granted = json.readTree(http.get(path(kutai, number) + "?trackingCode=" + code, null).body());
        assertThat(granted.path("status").asString()).isEqualTo("GRANTED");
        assertThat(granted.path("decision").path("late").asBoolean()).isFalse();

        HttpResponse<String> dispute = http.post(path(kutai, number) + "/dispute?trackingCode=" + code,
                "{\"commission\":\"KI Provinsi\",\"filedOn\":\"" + today + "\"}", null);
        assertThat(dispute.statusCode()).as(dispute.body()).isEqualTo(201);
        assertThat(json.readTree(dispute.body()).path("causeDate").asString()).as("the new notice").isEqualTo(today);
    }

    @Test
    void theAtasansAnswerPeriodIsWatchedOnceEvenWithTwoReplicas() throws Exception {
        String staff = TestTokens.token(kutai, null, "PPID_UTAMA");
        JsonNode receipt = json.readTree(http.post("/api/v1/" + kutai + "/requests", individual(), null).body());
        String number = receipt.path("registrationNumber").asString();
        http.post(path(kutai, number) + "/decision", "{\"outcome\":\"NOT_HELD\",\"holderBody\":\"BPS\"}",
                staff);
        assertThat(http.post(path(kutai, number) + "/objections?trackingCode=" + receipt.path("trackingCode")
                .asString(), "{\"ground\":\"E\",\"reason\":\"Informasi ada\"}", null).statusCode())
                .isEqualTo(201);
        // the keberatan as if filed long ago: its answer was due 2 January 2026
        mongo.updateFirst(byNumber(kutai, number), new Update().set("objections.0.responseDueDate",
                LocalDate.of(2026, 1, 2)).set("nextClockCheck", LocalDate.of(2025, 12, 29))
                // stored before the atasan's reminders existed: no flag
                .unset("objections.0.answerReminded"), "information_requests");

        CompletableFuture<RequestClock.Round> first = CompletableFuture.supplyAsync(clock::sweep);
        CompletableFuture<RequestClock.Round> second = CompletableFuture.supplyAsync(clock::sweep);
        first.get();
        second.get();
        clock.sweep();
        clock.sweep();

        Document stored = stored(kutai, number);
        assertThat(stored.getList("objections", Document.class).getFirst().get("answerOverdueAt")).isNotNull();
        assertThat(stored.getList("history", Document.class))
                .filteredOn(h -> "OBJECTION_OVERDUE".equals(h.getString("event"))).hasSize(1);
        String event = EventProbe.body(EventProbe.awaitEvent(Topics.REQUEST, kutai,
                "id.terbuka.request.objection-overdue.v1", number));
        assertThat(event).contains("\"responseDueDate\":\"2026-01-02\"", "\"objectionNumber\":\"KEB/")
                .doesNotContain(NIK);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    private String number(HttpResponse<String> filed) throws Exception {
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return json.readTree(filed.body()).path("registrationNumber").asString();
    }

    private Document stored(String tenant, String number) {
        return mongo.findOne(byNumber(tenant, number), Document.class, "information_requests");
    }

    private static Query byNumber(String tenant, String number) {
        return Query.query(Criteria.where("tenant").is(tenant).and("registrationNumber").is(number));
    }
}

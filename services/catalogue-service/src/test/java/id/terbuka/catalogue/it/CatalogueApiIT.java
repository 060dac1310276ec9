package id.terbuka.catalogue.it;

import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.TestTokens;
import id.terbuka.events.contracts.Topics;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * catalogue-service over real HTTP, stored in the MongoDB-protocol server (entries and GridFS), announced on
 * catalogue.events, with real RS256 tokens. Limits in the test profile: 1MB per document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MongoTemplate mongo;
    @LocalServerPort
    int port;

    String tenant;
    String unitA;
    String unitB;
    String utama;
    String pelaksanaA;

    @BeforeAll
    void tenantAndUnits() {
        tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(tenant, UUID.randomUUID().toString(), "Kabupaten Kutai Timur", "64.08",
                "Kalimantan Timur", "Asia/Makassar", 0));
        unitA = unit("DISKOMINFO", "Dinas Komunikasi dan Informatika");
        unitB = unit("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah");
        utama = TestTokens.token(tenant, null, "PPID_UTAMA");
        pelaksanaA = TestTokens.token(tenant, unitA, "PPID_PELAKSANA");
    }

    @Test
    void publishesEntriesAndFindsThemInIndonesian() throws Exception {
        HttpResponse<String> created = send("POST", "/information", berkala(unitA,
                "Tata cara melaporkan pelanggaran pejabat", "Prosedur pengaduan penyalahgunaan wewenang"), pelaksanaA);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode entry = json.readTree(created.body());
        String id = entry.path("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(entry.path("category").asString()).isEqualTo("BERKALA");
        assertThat(entry.path("updateFrequency").asString()).isEqualTo("QUARTERLY");
        assertThat(entry.path("lastUpdatedAt").asString()).isNotBlank();

        HttpResponse<String> flood = send("POST", "/information", entryJson(unitB, "SERTA_MERTA",
                "Peringatan dini banjir Sungai Sangatta", "Status siaga banjir dan jalur evakuasi warga", null, null),
                utama);
        assertThat(flood.statusCode()).as(flood.body()).isEqualTo(201);
        String floodId = json.readTree(flood.body()).path("id").asString();

        JsonNode found = json.readTree(get("/information?q=laporan", null).body());
        assertThat(ids(found)).containsExactly(id);
        assertThat(ids(json.readTree(get("/information?q=banjir&category=SERTA_MERTA", null).body())))
                .containsExactly(floodId);
        assertThat(ids(json.readTree(get("/information?q=banjir&category=BERKALA", null).body()))).isEmpty();
        assertThat(ids(json.readTree(get("/information?unit=" + unitB, null).body()))).contains(floodId)
                .doesNotContain(id);
        assertThat(ids(json.readTree(get("/information?year=" + LocalDate.now().getYear(), null).body())))
                .contains(id, floodId);
        assertThat(json.readTree(get("/information/" + id, null).body()).path("title").asString())
                .isEqualTo("Tata cara melaporkan pelanggaran pejabat");

        ConsumerRecord<String, byte[]> published = awaitEvent("id.terbuka.catalogue.entry-published.v1", floodId);
        assertThat(new String(published.value(), StandardCharsets.UTF_8)).contains("\"urgent\":true");
    }

    @Test
    void refusesIncompleteEntriesFieldByField() throws Exception {
        HttpResponse<String> noFrequency = send("POST", "/information",
                entryJson(unitA, "BERKALA", "LKPD 2025", "Laporan keuangan", null, null), utama);
        assertThat(noFrequency.statusCode()).isEqualTo(400);
        assertThat(noFrequency.body()).contains("\"field\":\"updateFrequency\"");

        HttpResponse<String> noExclusion = send("POST", "/information",
                entryJson(unitA, "DIKECUALIKAN", "BAP penyidikan", "Berita acara", null, null), utama);
        assertThat(noExclusion.body()).contains("\"field\":\"exclusion\"");

        String withoutEnd = exclusionJson("A", null);
        HttpResponse<String> noEnd = send("POST", "/information",
                entryJson(unitA, "DIKECUALIKAN", "BAP penyidikan", "Berita acara", null, withoutEnd), utama);
        assertThat(noEnd.body()).contains("\"field\":\"exclusion.excludedUntil\"");

        HttpResponse<String> unknownUnit = send("POST", "/information",
                berkala("unit-" + UUID.randomUUID(), "Renstra", "Rencana strategis"), utama);
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("\"field\":\"unitId\"");
    }

    @Test
    void aPelaksanaWritesOnlyForItsUnitAndOtherTenantsNotAtAll() throws Exception {
        HttpResponse<String> foreignUnit = send("POST", "/information", berkala(unitB, "Daftar aset", "Aset daerah"),
                pelaksanaA);
        assertThat(foreignUnit.statusCode()).isEqualTo(403);
        assertThat(foreignUnit.body()).contains("forbidden-unit");

        String id = create(berkala(unitB, "Daftar aset daerah", "Inventaris barang milik daerah"), utama);
        assertThat(send("PATCH", "/information/" + id, "{\"summary\":\"x\"}", pelaksanaA).statusCode()).isEqualTo(403);
        String foreign = TestTokens.token("kab-lain", null, "PPID_UTAMA");
        HttpResponse<String> otherTenant = send("PATCH", "/information/" + id, "{\"summary\":\"x\"}", foreign);
        assertThat(otherTenant.statusCode()).isEqualTo(403);
        assertThat(otherTenant.body()).contains("forbidden-tenant");
        assertThat(send("PATCH", "/information/" + id, "{\"summary\":\"x\"}", null).statusCode()).isEqualTo(401);
    }

    @Test
    void changesKeepRevisionsAndAWithdrawnEntryStaysOnRecord() throws Exception {
        String id = create(berkala(unitA, "Laporan kinerja instansi pemerintah", "LKjIP Diskominfo"), pelaksanaA);
        HttpResponse<String> patched = send("PATCH", "/information/" + id,
                "{\"summary\":\"LKjIP Diskominfo tahun 2025\",\"retention\":\"10 tahun\"}", pelaksanaA);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode revision = json.readTree(patched.body()).path("revisions").get(1);
        assertThat(revision.path("kind").asString()).isEqualTo("UPDATED");
        assertThat(revision.path("by").asString()).startsWith("user-");
        assertThat(revision.path("fields").toString()).isEqualTo("[\"summary\",\"retention\"]");
        assertThat(json.readTree(get("/information/" + id, null).body()).has("revisions")).isFalse();

        HttpResponse<String> withdrawn = send("POST", "/information/" + id + "/withdrawal",
                "{\"reason\":\"Diganti dokumen revisi\"}", utama);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        JsonNode onRecord = json.readTree(get("/information/" + id, null).body());
        assertThat(onRecord.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(onRecord.path("withdrawal").path("reason").asString()).isEqualTo("Diganti dokumen revisi");
        assertThat(ids(json.readTree(get("/information?q=kinerja", null).body()))).doesNotContain(id);
        assertThat(send("PATCH", "/information/" + id, "{\"summary\":\"y\"}", utama).statusCode()).isEqualTo(409);
        awaitEvent("id.terbuka.catalogue.entry-withdrawn.v1", id);
    }

    @Test
    void aDocumentStreamsInAndOutWithTheSameSha256AndRanges() throws Exception {
        String id = create(berkala(unitA, "APBD 2026", "Peraturan daerah tentang APBD"), utama);
        byte[] pdf = pdf(900 * 1024);
        HttpResponse<String> uploaded = upload(id, "apbd-2026.pdf", pdf, utama);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode document = json.readTree(uploaded.body());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(document.path("sha256").asString()).isEqualTo(sha256);
        assertThat(document.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.path("size").asLong()).isEqualTo(pdf.length);
        String path = "/information/" + id + "/documents/" + document.path("id").asString();

        HttpResponse<byte[]> download = getBytes(path, null, Map.of());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + sha256 + "\"");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("apbd-2026.pdf");
        assertThat(download.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        HttpResponse<byte[]> range = getBytes(path, null, Map.of("Range", "bytes=300000-300099"));
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).hasValue("bytes 300000-300099/" + pdf.length);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(pdf, 300000, 300100));

        assertThat(getBytes(path, null, Map.of("If-None-Match", "\"" + sha256 + "\"")).statusCode()).isEqualTo(304);
        awaitEvent("id.terbuka.catalogue.document-added.v1", document.path("id").asString());
    }

    @Test
    void aRefusedUploadLeavesNothingBehind() throws Exception {
        String id = create(berkala(unitA, "SOP layanan informasi", "Standar operasional prosedur"), utama);
        long files = mongo.getCollection("documents.files").countDocuments();
        long chunks = mongo.getCollection("documents.chunks").countDocuments();

        HttpResponse<String> tooLarge = upload(id, "besar.pdf", pdf(1536 * 1024), utama);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("payload-too-large");

        byte[] exe = new byte[4096];
        new Random(7).nextBytes(exe);
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x3d] = 0;
        exe[0x3e] = 0;
        exe[0x3f] = 0;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        exe[0x82] = 0;
        exe[0x83] = 0;
        HttpResponse<String> disguised = upload(id, "laporan-keuangan.pdf", exe, utama);
        assertThat(disguised.statusCode()).as(disguised.body()).isEqualTo(415);
        assertThat(disguised.body()).contains("document-type-not-allowed");

        assertThat(mongo.getCollection("documents.files").countDocuments()).isEqualTo(files);
        assertThat(mongo.getCollection("documents.chunks").countDocuments()).isEqualTo(chunks);
        assertThat(json.readTree(get("/information/" + id, null).body()).path("documents").size()).isZero();
    }

    @Test
    void anExcludedEntryIsPublicButItsDocumentsAreNot() throws Exception {
        String id = create(entryJson(unitA, "DIKECUALIKAN", "Berita acara pemeriksaan kasus pengadaan",
                "Dokumen penyidikan yang sedang berjalan", null, exclusionJson("A", "2031-12-31")), utama);
        HttpResponse<String> uploaded = upload(id, "bap.pdf", pdf(10 * 1024), utama);
        assertThat(uploaded.statusCode()).isEqualTo(201);
        String path = "/information/" + id + "/documents/" + json.readTree(uploaded.body()).path("id").asString();

        JsonNode publicView = json.readTree(get("/information/" + id, null).body());
        assertThat(publicView.path("exclusion").path("legalBasis").asString()).isEqualTo("A");
        assertThat(publicView.path("exclusion").path("publicInterestTest").asString()).isNotBlank();
        assertThat(publicView.path("exclusion").path("excludedUntil").asString()).isEqualTo("2031-12-31");
        assertThat(publicView.path("documents").size()).isZero();
        assertThat(ids(json.readTree(get("/information?category=DIKECUALIKAN", null).body()))).contains(id);

        assertThat(getBytes(path, null, Map.of()).statusCode()).isEqualTo(404);
        assertThat(getBytes(path, TestTokens.citizen(tenant, "warga-1"), Map.of()).statusCode()).isEqualTo(404);
        assertThat(getBytes(path, TestTokens.token(tenant, null, "EDITOR"), Map.of()).statusCode()).isEqualTo(404);
        assertThat(getBytes(path, TestTokens.token(tenant, unitB, "PPID_PELAKSANA"), Map.of()).statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> forPpid = getBytes(path, utama, Map.of());
        assertThat(forPpid.statusCode()).isEqualTo(200);
        assertThat(forPpid.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(json.readTree(get("/information/" + id, utama).body()).path("documents").size()).isEqualTo(1);

        ConsumerRecord<String, byte[]> excluded = awaitEvent("id.terbuka.catalogue.entry-excluded.v1", id);
        assertThat(new String(excluded.value(), StandardCharsets.UTF_8)).contains("\"legalBasis\":\"A\"");
    }

    @Test
    void freshnessIsGreenForACurrentUnitAndRedForALapsedOrEmptyOne() throws Exception {
        String fresh = unit("DINKES", "Dinas Kesehatan");
        String lapsed = unit("DISHUB", "Dinas Perhubungan");
        String empty = unit("DISPAR", "Dinas Pariwisata");
        create(berkala(fresh, "Profil kesehatan", "Data kesehatan daerah"), utama);
        String old = create(berkala(lapsed, "Jadwal angkutan", "Trayek angkutan umum"), utama);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(old)),
                Update.update("lastUpdatedAt", Instant.now().minus(Duration.ofDays(200))), "information_entries");

        JsonNode report = json.readTree(get("/information/freshness", null).body());
        Map<String, JsonNode> byUnit = new HashMap<>();
        report.path("units").forEach(u -> byUnit.put(u.path("unitId").asString(), u));
        assertThat(byUnit.get(fresh).path("status").asString()).isEqualTo("GREEN");
        assertThat(byUnit.get(fresh).path("entries").asInt()).isEqualTo(1);
        assertThat(byUnit.get(lapsed).path("status").asString()).isEqualTo("RED");
        assertThat(byUnit.get(lapsed).path("staleEntries").asInt()).isEqualTo(1);
        assertThat(byUnit.get(lapsed).path("daysSinceLastUpdate").asLong()).isEqualTo(200);
        assertThat(byUnit.get(empty).path("status").asString()).isEqualTo("RED");
        assertThat(byUnit.get(empty).path("entries").asInt()).isZero();
        assertThat(report.path("greenDays").asInt()).isEqualTo(30);
    }

    // --- helpers ---

    private String unit(String code, String name) {
        String id = "unit-" + UUID.randomUUID();
        mongo.insert(new LocalUnit(id, tenant, code, name, "DINAS", LocalUnit.ACTIVE, 0, 0));
        return id;
    }

    private String create(String body, String token) throws Exception {
        HttpResponse<String> created = send("POST", "/information", body, token);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("id").asString();
    }

    private static String berkala(String unit, String title, String summary) {
        return entryJson(unit, "BERKALA", title, summary, "QUARTERLY", null);
    }

    private static String entryJson(String unit, String category, String title, String summary, String frequency,
                                    String exclusion) {
        return """
                {"unitId":"%s","title":"%s","summary":"%s","category":"%s",
                 "responsibleOfficial":"Kepala Dinas","responsiblePerson":"Sekretaris Dinas",
                 "producedAt":"%s","producedPlace":"Sangatta","format":"SOFTCOPY",
                 "retention":"5 tahun aktif, 5 tahun inaktif"%s%s}""".formatted(unit, title, summary, category,
                LocalDate.now().minusDays(3), frequency == null ? "" : ",\"updateFrequency\":\"" + frequency + "\"",
                exclusion == null ? "" : ",\"exclusion\":" + exclusion);
    }

    private static String exclusionJson(String letter, String until) {
        return """
                {"legalBasis":"%s","consequence":"Membuka BAP menghambat penyidikan",
                 "publicInterestTest":"Menutup melindungi proses hukum yang lebih besar kepentingannya",
                 %s"decisionNumber":"188.4/12/PPID/2026","decidedAt":"%s"}""".formatted(letter,
                until == null ? "" : "\"excludedUntil\":\"" + until + "\",", LocalDate.now().minusDays(1));
    }

    private static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, bytes, 0, header.length);
        byte[] trailer = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(trailer, 0, bytes, size - trailer.length, trailer.length);
        return bytes;
    }

    private static List<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }

    private HttpResponse<String> upload(String id, String filename, byte[] content, String token) throws Exception {
        String boundary = "----terbuka" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/information/" + id + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String token, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/" + tenant + path);
    }

    private ConsumerRecord<String, byte[]> awaitEvent(String type, String contained) {
        return EventProbe.awaitEvent(Topics.CATALOGUE, tenant, type, contained);
    }

}

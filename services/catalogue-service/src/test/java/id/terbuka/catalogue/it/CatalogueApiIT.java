package id.terbuka.catalogue.it;

import id.terbuka.catalogue.freshness.FreshnessWatch;
import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.EntryForm;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.catalogue.information.InformationFormat;
import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.TestTokens;
import id.terbuka.events.contracts.Topics;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    @Autowired
    FreshnessWatch watch;
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
    void takesTodayAsTheRegencySeesItNotTheServer() throws Exception {
        // The tenant is in WITA (UTC+8): from 16:00 UTC its today is the server's tomorrow.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        String body = entryJson(unitA, "SETIAP_SAAT", "SOP pelayanan informasi", "Standar layanan", null, null);
        String produced = "\"producedAt\":\"" + LocalDate.now().minusDays(3) + "\"";

        HttpResponse<String> todayThere = send("POST", "/information",
                body.replace(produced, "\"producedAt\":\"" + today + "\""), utama);
        assertThat(todayThere.statusCode()).as(todayThere.body()).isEqualTo(201);

        HttpResponse<String> tomorrowThere = send("POST", "/information",
                body.replace(produced, "\"producedAt\":\"" + today.plusDays(1) + "\""), utama);
        assertThat(tomorrowThere.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tomorrowThere.body()).path("errors").get(0).path("field").asString())
                .isEqualTo("producedAt");
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

        JsonNode register = json.readTree(get("/information/withdrawn", utama).body());
        assertThat(ids(register)).contains(id);
        JsonNode listed = register.path("items").get(ids(register).indexOf(id));
        assertThat(listed.path("withdrawal").path("reason").asString()).isEqualTo("Diganti dokumen revisi");
        assertThat(listed.path("revisions").size()).isEqualTo(3);
        assertThat(ids(json.readTree(get("/information/withdrawn?unit=" + unitA, pelaksanaA).body()))).contains(id);
        assertThat(get("/information/withdrawn", null).statusCode()).isEqualTo(401);
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

    @Test
    void theDipIsAnOfficialCsvAndPdfPerTenantAndPerUnitWithoutExcludedOrWithdrawnEntries() throws Exception {
        String bappeda = unit("BAPPEDA", "Badan Perencanaan Pembangunan Daerah");
        create(entryJson(bappeda, "SETIAP_SAAT", "Renstra Bappeda 2026-2031",
                "Rencana strategis, tujuan dan sasaran", null, null), utama);
        create(berkala(bappeda, "Akuntabilitas kinerja Bappeda", "Capaian indikator kinerja utama"), utama);
        create(entryJson(bappeda, "DIKECUALIKAN", "Kajian lokasi rahasia", "Memo internal", null,
                exclusionJson("I", LocalDate.now().plusYears(2).toString())), utama);
        String withdrawn = create(berkala(bappeda, "Draf lama RKPD", "Ditarik"), utama);
        assertThat(send("POST", "/information/" + withdrawn + "/withdrawal", "{\"reason\":\"diganti\"}", utama)
                .statusCode()).isEqualTo(200);

        HttpResponse<byte[]> csv = getBytes("/information/dip.csv?unit=" + bappeda, null, Map.of());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment", "-bappeda-"));
        byte[] bytes = csv.body();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (CSVParser parser = CSVParser.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).extracting(r -> r.get("No")).containsExactly("1", "2");
            // by category (BERKALA before SETIAP_SAAT), then title
            assertThat(records.get(0).get("Ringkasan isi informasi"))
                    .isEqualTo("Akuntabilitas kinerja Bappeda — Capaian indikator kinerja utama");
            assertThat(records.get(0).get("Pejabat atau unit/satuan kerja yang menguasai informasi"))
                    .isEqualTo("Kepala Dinas, Badan Perencanaan Pembangunan Daerah");
            assertThat(records.get(0).get("Penanggung jawab pembuatan atau penerbitan informasi"))
                    .isEqualTo("Sekretaris Dinas");
            assertThat(records.get(0).get("Waktu dan tempat pembuatan informasi")).endsWith(", Sangatta");
            assertThat(records.get(0).get("Bentuk informasi yang tersedia")).isEqualTo("Softcopy");
            assertThat(records.get(0).get("Jangka waktu penyimpanan atau retensi arsip"))
                    .isEqualTo("5 tahun aktif, 5 tahun inaktif");
            assertThat(records.get(0).get("Jenis informasi")).isEqualTo("Informasi berkala");
            assertThat(records.get(1).get("Ringkasan isi informasi")).startsWith("Renstra Bappeda 2026-2031");
        }

        HttpResponse<byte[]> pdf = getBytes("/information/dip.pdf", null, Map.of());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("DAFTAR INFORMASI PUBLIK", "PPID Kabupaten Kutai Timur",
                    "Renstra Bappeda 2026-2031", "Akuntabilitas kinerja Bappeda")
                    .doesNotContain("Kajian lokasi rahasia", "Draf lama RKPD");
        }

        HttpResponse<String> unknown = get("/information/dip.csv?unit=unit-" + UUID.randomUUID(), null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"unit\"");
    }

    @Test
    void openDataListsOnlyPublicEntriesAsDcatJsonLdAndThroughCkan() throws Exception {
        String dinsos = unit("DINSOS", "Dinas Sosial");
        String aid = create(entryJson(dinsos, "SETIAP_SAAT", "Penerima bantuan sosial pangan",
                "Daftar penerima bantuan sosial per kecamatan", null, null), utama);
        assertThat(upload(aid, "bansos.pdf", pdf(4_000), utama).statusCode()).isEqualTo(201);
        String secret = create(entryJson(dinsos, "DIKECUALIKAN", "Data pribadi penerima bantuan",
                "NIK dan alamat penerima", null, exclusionJson("H", null)), utama);

        HttpResponse<String> catalogue = get("/information/catalog.jsonld?size=1000", null);
        assertThat(catalogue.statusCode()).isEqualTo(200);
        assertThat(catalogue.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/ld+json"));
        JsonNode ld = json.readTree(catalogue.body());
        assertThat(ld.path("@context").path("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        assertThat(ld.path("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(ld.path("@id").asString()).endsWith("/api/v1/" + tenant + "/information/catalog.jsonld");
        Map<String, JsonNode> datasets = new HashMap<>();
        ld.path("dcat:dataset").forEach(d -> datasets.put(d.path("dct:identifier").asString(), d));
        assertThat(datasets).containsKey(aid).doesNotContainKey(secret);
        JsonNode dataset = datasets.get(aid);
        assertThat(dataset.path("@type").asString()).isEqualTo("dcat:Dataset");
        assertThat(dataset.path("@id").asString()).endsWith("/api/v1/" + tenant + "/information/" + aid);
        assertThat(dataset.path("dct:publisher").path("foaf:name").asString()).isEqualTo("Dinas Sosial");
        JsonNode distribution = dataset.path("dcat:distribution").get(0);
        assertThat(distribution.path("@type").asString()).isEqualTo("dcat:Distribution");
        assertThat(distribution.path("dcat:mediaType").path("@id").asString()).endsWith("application/pdf");
        assertThat(distribution.path("dcat:byteSize").path("@value").asString()).isEqualTo("4000");

        JsonNode search = json.readTree(ckan("package_search?q=bantuan&fq=organization:dinsos").body());
        assertThat(search.path("success").asBoolean()).isTrue();
        assertThat(search.path("result").path("count").asLong()).isEqualTo(1);
        assertThat(search.path("result").path("results").get(0).path("id").asString()).isEqualTo(aid);
        assertThat(search.path("result").path("results").get(0).path("resources").get(0).path("format").asString())
                .isEqualTo("PDF");
        String hourAgo = Instant.now().minus(Duration.ofHours(1)).toString();
        String hourAhead = Instant.now().plus(Duration.ofHours(1)).toString();
        assertThat(json.readTree(ckan("package_search?fq=organization:dinsos%20metadata_modified:%5B" + hourAgo
                + "%20TO%20*%5D").body()).path("result").path("count").asLong()).isEqualTo(1);
        assertThat(json.readTree(ckan("package_search?fq=organization:dinsos%20metadata_modified:%5B" + hourAhead
                + "%20TO%20*%5D").body()).path("result").path("count").asLong()).isZero();
        JsonNode shown = json.readTree(ckan("package_show?id=" + aid).body());
        assertThat(shown.path("result").path("organization").path("name").asString()).isEqualTo("dinsos");
        HttpResponse<String> hidden = ckan("package_show?id=" + secret);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(json.readTree(hidden.body()).path("success").asBoolean()).isFalse();
        assertThat(json.readTree(ckan("organization_list").body()).path("result").valueStream()
                .map(JsonNode::asString).toList()).contains("dinsos", "bpkad");
        assertThat(json.readTree(ckan("organization_show?id=dinsos").body()).path("result").path("package_count")
                .asLong()).isEqualTo(1);
    }

    @Test
    void aLapsedEntryIsAnnouncedStaleExactlyOnceAlsoWhenTwoReplicasRace() throws Exception {
        String id = create(berkala(unitA, "Jadwal kapal penyeberangan", "Jadwal dan tarif kapal"), utama);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("lastUpdatedAt", Instant.now().minus(Duration.ofDays(100))), "information_entries");
        // another replica read the same version of the entry before this one announced the lapse
        InformationEntry otherReplicasCopy = mongo.findById(id, InformationEntry.class);

        watch.tick();
        Instant reported = mongo.findById(id, InformationEntry.class).lapseReportedAt();
        assertThat(reported).isNotNull();
        assertThat(otherReplicasCopy.reportLapseIfDue(Instant.now())).isTrue();
        assertThatThrownBy(() -> mongo.save(otherReplicasCopy))
                .isInstanceOf(OptimisticLockingFailureException.class);
        watch.tick();
        assertThat(mongo.findById(id, InformationEntry.class).lapseReportedAt()).isEqualTo(reported);

        ConsumerRecord<String, byte[]> stale = awaitEvent("id.terbuka.catalogue.entry-became-stale.v1", id);
        assertThat(EventProbe.body(stale)).contains("\"updateFrequency\":\"QUARTERLY\"");
        assertThat(publishedCount("id.terbuka.catalogue.entry-became-stale.v1", id)).isEqualTo(1);

        JsonNode freshness = json.readTree(get("/information/freshness", null).body());
        assertThat(freshness.path("units").valueStream().filter(u -> u.path("unitId").asString().equals(unitA))
                .findFirst().orElseThrow().path("staleEntries").asInt()).isPositive();
    }

    @Test
    void anEndedExclusionIsAnnouncedForReviewOnce() throws Exception {
        String id = create(entryJson(unitB, "DIKECUALIKAN", "Dokumen lelang sebelum pengumuman",
                "Harga perkiraan sendiri", null, exclusionJson("B", LocalDate.now().plusYears(1).toString())), utama);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                Update.update("exclusion.excludedUntil", LocalDate.now().minusDays(5)), "information_entries");

        watch.tick();
        watch.tick();
        assertThat(mongo.findById(id, InformationEntry.class).exclusionReviewReportedAt()).isNotNull();
        ConsumerRecord<String, byte[]> review = awaitEvent("id.terbuka.catalogue.exclusion-review-due.v1", id);
        assertThat(EventProbe.body(review)).contains("\"legalBasis\":\"B\"");
        assertThat(publishedCount("id.terbuka.catalogue.exclusion-review-due.v1", id)).isEqualTo(1);
    }

    @Test
    void theTextOfAnUploadedPdfIsSearchableWithASnippetAndFacets() throws Exception {
        String dlh = unit("DLH", "Dinas Lingkungan Hidup");
        String id = create(entryJson(dlh, "SETIAP_SAAT", "Dokumen AMDAL", "Kajian dampak lingkungan", null, null),
                utama);
        byte[] pdf = textPdf("Hasil pemantauan kualitas udara di Kecamatan Sangatta Utara menunjukkan "
                + "konsentrasi debu melampaui baku mutu pada musim kemarau.");
        assertThat(upload(id, "amdal.pdf", pdf, utama).statusCode()).isEqualTo(201);
        String documentId = json.readTree(get("/information/" + id, null).body()).path("documents").get(0)
                .path("id").asString();
        assertThat(mongo.findById(new org.bson.types.ObjectId(documentId), org.bson.Document.class, "document_texts")
                .getString("text")).contains("kualitas udara");

        JsonNode found = json.readTree(get("/information?q=pemantauan%20debu", null).body());
        assertThat(ids(found)).containsExactly(id);
        JsonNode item = found.path("items").get(0);
        assertThat(item.path("highlight").path("text").asString()).contains("<mark>pemantauan</mark>",
                "<mark>debu</mark>");
        assertThat(found.path("facets").path("unit").get(0).path("value").asString()).isEqualTo(dlh);
        assertThat(found.path("facets").path("unit").get(0).path("label").asString())
                .isEqualTo("Dinas Lingkungan Hidup");
        assertThat(found.path("facets").path("category").get(0).path("value").asString()).isEqualTo("SETIAP_SAAT");
    }

    @Test
    void anEntryWrittenByAnotherReplicaBecomesSearchableHereThroughItsEvent() throws Exception {
        // written straight to MongoDB, as another instance would: this instance's index learns of it only from
        // the entry-published event that the outbox relay puts on catalogue.events
        String id = UUID.randomUUID().toString();
        mongo.insert(InformationEntry.create(id, tenant, new EntryForm(unitA,
                "Jadwal posyandu keliling", "Jadwal imunisasi balita per desa",
                Category.SETIAP_SAAT, "Kepala Dinas", "Sekretaris",
                LocalDate.now().minusDays(1), "Sangatta", InformationFormat.SOFTCOPY,
                "2 tahun", null, null), "replica-2", Instant.now()));

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> hits = List.of();
        while (hits.isEmpty() && System.nanoTime() < deadline) {
            hits = ids(json.readTree(get("/information?q=imunisasi", null).body()));
            Thread.onSpinWait();
        }
        assertThat(hits).containsExactly(id);
    }

    // --- helpers ---

    /** A real one-page PDF whose text Tika can read. */
    private static byte[] textPdf(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document();
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    /**
     * How many events of {@code type} about {@code entryId} are on the topic, once the entry's outbox is empty
     * (everything it recorded was published): reads the topic from the start to its current end.
     */
    private long publishedCount(String type, String entryId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!mongo.findById(entryId, org.bson.Document.class, "information_entries")
                .getList("outbox", Object.class, List.of()).isEmpty()) {
            assertThat(System.nanoTime()).as("outbox of %s drained", entryId).isLessThan(deadline);
            Thread.onSpinWait();
        }
        try (var consumer = EventProbe.consumer()) {
            var partitions = consumer.partitionsFor(Topics.CATALOGUE).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long count = 0;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (type.equals(EventProbe.header(record, "ce_type"))
                            && EventProbe.body(record).contains(entryId)) {
                        count++;
                    }
                }
            }
            return count;
        }
    }

    private HttpResponse<String> ckan(String action) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ckan/" + tenant
                + "/api/3/action/" + action)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

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

    @Test
    void measuresEachRequestOnceWithoutPerFilterObservationsOrLongTaskTimers() throws Exception {
        assertThat(get("/information?q=laporan", null).statusCode()).isEqualTo(200);

        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("http_server_requests_seconds_count{")
                // both cost CPU on every request and nothing reads them (platform starter defaults)
                .doesNotContain("spring_security_")
                .doesNotContain("_active_seconds");
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

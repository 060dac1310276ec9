package id.terbuka.news.it;

import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.TestTokens;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import id.terbuka.events.contracts.Topics;
import id.terbuka.news.article.Article;
import id.terbuka.news.article.ScheduledPublisher;
import id.terbuka.news.image.TestImages;
import id.terbuka.news.search.SearchTermsBackfill;
import id.terbuka.news.publicread.PublicVersions;
import id.terbuka.news.publicread.RenderedResponses;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import org.springframework.data.mongodb.core.query.Update;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
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
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * news-service over real HTTP with real RS256 tokens, stored in the MongoDB-protocol server, announced on
 * news.events. The background scheduler is slowed down here so that the test's two publisher instances are the
 * only competitors for the scheduled articles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "terbuka.news.scheduler-interval-ms=3600000", "terbuka.news.scheduler-initial-delay-ms=3600000"})
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsApiIT {

    static final String XSS_BODY = """
            Bupati membuka **pameran UMKM** di Sangatta.

            <script>alert('xss')</script>
            <img src="https://kutaitimurkab.go.id/foto.jpg" onerror="alert(1)" alt="foto">
            <a href="javascript:alert(2)">klik</a>
            """;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    MongoTemplate mongo;
    @Autowired
    SearchTermsBackfill backfill;
    @Autowired
    RenderedResponses rendered;
    @LocalServerPort
    int port;

    String tenant;
    String foreign;
    String unitA;
    String unitB;
    String unitSilent;
    String closedUnit;
    String operatorA;
    String operatorB;
    String editor;
    String editor2;

    @BeforeAll
    void tenantsAndUnits() {
        tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        foreign = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(tenant, UUID.randomUUID().toString(), "Kabupaten Kapuas", "62.03",
                "Kalimantan Tengah", "Asia/Jakarta", 0));
        mongo.insert(new LocalTenant(foreign, UUID.randomUUID().toString(), "Kabupaten Landak", "61.08",
                "Kalimantan Barat", "Asia/Jakarta", 0));
        unitA = unit(tenant, "01", "Dinas Komunikasi dan Informatika", LocalUnit.ACTIVE);
        unitB = unit(tenant, "02", "Dinas Kesehatan", LocalUnit.ACTIVE);
        unitSilent = unit(tenant, "03", "Badan Perencanaan Pembangunan Daerah", LocalUnit.ACTIVE);
        closedUnit = unit(tenant, "99", "Kantor Lama", LocalUnit.CLOSED);
        operatorA = TestTokens.token(tenant, unitA, "NEWS_OPERATOR");
        operatorB = TestTokens.token(tenant, unitB, "NEWS_OPERATOR");
        editor = TestTokens.token(tenant, null, "EDITOR");
        editor2 = TestTokens.token(tenant, null, "EDITOR");
    }

    private String unit(String tenantSlug, String code, String name, String status) {
        String id = UUID.randomUUID().toString();
        mongo.insert(new LocalUnit(id, tenantSlug, code, name, "DINAS", status, 0, 0));
        return id;
    }

    @Test
    void anArticleGoesFromDraftThroughReviewToReadersWithoutAnyScript() throws Exception {
        HttpResponse<String> created = send("POST", base(), article("Bupati Buka Pameran UMKM Sangatta", XSS_BODY),
                operatorA, null);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode draft = json.readTree(created.body());
        String id = draft.path("id").asString();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("statusLabel").asString()).isEqualTo("Draf");
        assertThat(draft.path("unitId").asString()).isEqualTo(unitA);
        assertThat(draft.path("slug").asString()).isEqualTo("bupati-buka-pameran-umkm-sangatta");
        assertThat(draft.path("bodyHtml").asString()).contains("<strong>pameran UMKM</strong>")
                .doesNotContain("<script", "onerror", "javascript:");
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");

        // the operator cannot publish by itself; a foreign editor cannot touch it
        assertThat(send("POST", base() + "/" + id + "/review", "{\"decision\":\"APPROVE\"}", operatorA, null)
                .statusCode()).isEqualTo(403);
        // an edit without the version it is based on is refused; with it, a new revision
        assertThat(send("PUT", base() + "/" + id, article("Bupati Buka Pameran UMKM", XSS_BODY), operatorA, null)
                .statusCode()).isEqualTo(428);
        HttpResponse<String> edited = send("PUT", base() + "/" + id,
                article("Bupati Buka Pameran UMKM Kapuas", XSS_BODY), operatorA, "\"0\"");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(json.readTree(edited.body()).path("slug").asString()).isEqualTo("bupati-buka-pameran-umkm-kapuas");
        assertThat(send("PUT", base() + "/" + id, article("Lain", "isi"), operatorB, "\"1\"").statusCode())
                .isEqualTo(403);

        HttpResponse<String> submitted = send("POST", base() + "/" + id + "/submission", null, operatorA, "\"1\"");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(submitted.body()).path("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(send("POST", base() + "/" + id + "/review", "{\"decision\":\"APPROVE\"}",
                TestTokens.token(foreign, null, "EDITOR"), null).statusCode()).isEqualTo(403);
        // the operator can no longer edit; the editor edits in place
        assertThat(send("PUT", base() + "/" + id, article("x", "y"), operatorA, "\"2\"").statusCode())
                .isEqualTo(409);
        assertThat(send("PUT", base() + "/" + id,
                article("Bupati Buka Pameran UMKM Kapuas 2026", XSS_BODY + "\nDisunting redaksi."), editor, "\"2\"")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> approved = send("POST", base() + "/" + id + "/review",
                "{\"decision\":\"APPROVE\",\"comment\":\"layak tayang\",\"version\":3}", editor, null);
        assertThat(approved.statusCode()).isEqualTo(200);
        JsonNode published = json.readTree(approved.body());
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        String slug = published.path("slug").asString();
        assertThat(slug).isEqualTo("bupati-buka-pameran-umkm-kapuas-2026");

        HttpResponse<String> revisions = send("GET", base() + "/" + id + "/revisions", null, operatorA, null);
        JsonNode revs = json.readTree(revisions.body());
        assertThat(revs.size()).isEqualTo(3);
        assertThat(revs.get(0).path("title").asString()).isEqualTo("Bupati Buka Pameran UMKM Sangatta");
        assertThat(revs.get(2).path("byEditor").asBoolean()).isTrue();

        HttpResponse<String> read = send("GET", base() + "/" + slug, null, null, null);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode reader = json.readTree(read.body());
        assertThat(reader.path("bodyHtml").asString()).contains("Disunting redaksi", "foto.jpg")
                .doesNotContain("<script", "alert", "onerror", "javascript:");
        assertThat(reader.has("body")).isFalse();
        assertThat(reader.path("unitName").asString()).isEqualTo("Dinas Komunikasi dan Informatika");
        assertThat(read.headers().firstValue("Cache-Control")).hasValueSatisfying(
                c -> assertThat(c).contains("public", "no-cache").doesNotContain("no-store"));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String lastModified = read.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(send("GET", base() + "/" + slug, null, null, null, "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(send("GET", base() + "/" + slug, null, null, null, "If-Modified-Since", lastModified)
                .statusCode()).isEqualTo(304);
        assertThat(send("GET", base() + "/" + slug, null, null, null, "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);

        HttpResponse<String> list = send("GET", base() + "?q=pameran+umkm+KAPUAS", null, null, null);
        assertThat(json.readTree(list.body()).path("items").get(0).path("slug").asString()).isEqualTo(slug);
        String listEtag = list.headers().firstValue("ETag").orElseThrow();
        assertThat(send("GET", base() + "?q=pameran+umkm+KAPUAS", null, null, null, "If-None-Match", listEtag)
                .statusCode()).isEqualTo(304);

        assertThat(awaitEvents(tenant, "id.terbuka.news.article-published.v1", id, 1, Duration.ofSeconds(30)))
                .hasSize(1);
        assertThat(awaitEvents(tenant, "id.terbuka.news.article-submitted.v1", id, 1, Duration.ofSeconds(30)))
                .hasSize(1);

        // a second article with the same title gets its own address
        String twin = createdId(send("POST", base(), article("Bupati Buka Pameran UMKM Kapuas 2026", "x"),
                operatorB, null));
        assertThat(mongo.findById(twin, Article.class).slug()).isEqualTo("bupati-buka-pameran-umkm-kapuas-2026-2");
    }

    @Test
    void twoEditorsEditingTheSameVersionNeverOverwriteEachOtherSilently() throws Exception {
        String id = submittedArticle(operatorA, "Rapat Koordinasi Stunting");
        long version = json.readTree(send("GET", base() + "/" + id + "/editorial", null, editor, null).body())
                .path("version").asLong();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> edits = new ArrayList<>();
            for (String[] who : List.of(new String[]{editor, "Versi redaktur satu"},
                    new String[]{editor2, "Versi redaktur dua"})) {
                edits.add(pool.submit(() -> {
                    together.await();
                    return send("PUT", base() + "/" + id, article(who[1], "isi"), who[0], "\"" + version + "\"");
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> edit : edits) {
                HttpResponse<String> response = edit.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                    assertThat(response.body()).containsAnyOf("stale-version", "concurrent-modification");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        Article stored = mongo.findById(id, Article.class);
        assertThat(stored.revisions()).hasSize(2);
        assertThat(stored.version()).isEqualTo(version + 1);
    }

    @Test
    void editorsRequestChangesRejectWithAReasonAndWithdrawWithAReason() throws Exception {
        String id = submittedArticle(operatorB, "Vaksinasi Anak Sekolah");
        HttpResponse<String> noReason = send("POST", base() + "/" + id + "/review", "{\"decision\":\"REJECT\"}",
                editor, null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"comment\"");
        assertThat(status(send("POST", base() + "/" + id + "/review",
                "{\"decision\":\"REQUEST_CHANGES\",\"comment\":\"tambahkan lokasi\"}", editor, null)))
                .isEqualTo("CHANGES_REQUESTED");
        assertThat(status(send("POST", base() + "/" + id + "/submission", null, operatorB, null)))
                .isEqualTo("IN_REVIEW");
        HttpResponse<String> past = send("POST", base() + "/" + id + "/review",
                "{\"decision\":\"APPROVE\",\"publishAt\":\"2020-01-01T00:00:00Z\"}", editor, null);
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("\"field\":\"publishAt\"");
        assertThat(status(send("POST", base() + "/" + id + "/review", "{\"decision\":\"APPROVE\"}", editor, null)))
                .isEqualTo("PUBLISHED");
        String slug = mongo.findById(id, Article.class).slug();
        assertThat(send("GET", base() + "/" + slug, null, null, null).statusCode()).isEqualTo(200);

        assertThat(send("POST", base() + "/" + id + "/withdrawal", "{\"reason\":\"\"}", editor, null).statusCode())
                .isEqualTo(400);
        assertThat(status(send("POST", base() + "/" + id + "/withdrawal", "{\"reason\":\"data jumlah keliru\"}",
                editor, null))).isEqualTo("WITHDRAWN");
        HttpResponse<String> gone = send("GET", base() + "/" + slug, null, null, null);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("data jumlah keliru");
        assertThat(awaitEvents(tenant, "id.terbuka.news.article-withdrawn.v1", id, 1, Duration.ofSeconds(30)))
                .hasSize(1);

        String rejected = submittedArticle(operatorB, "Berita Tidak Layak");
        assertThat(status(send("POST", base() + "/" + rejected + "/review",
                "{\"decision\":\"REJECT\",\"comment\":\"bukan kegiatan OPD\"}", editor, null))).isEqualTo("REJECTED");

        // a unit closed in identity cannot publish news any more
        HttpResponse<String> closed = send("POST", base(), article("Berita", "isi"),
                TestTokens.token(tenant, closedUnit, "NEWS_OPERATOR"), null);
        assertThat(closed.statusCode()).isEqualTo(422);
        assertThat(closed.body()).contains("unit-not-active");
    }

    @Test
    void aScheduledArticleIsPublishedAtItsTimeExactlyOnceByTwoCompetingSchedulers() throws Exception {
        String scheduledTenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(scheduledTenant, UUID.randomUUID().toString(), "Kabupaten Uji Jadwal", "62.01",
                "Kalimantan Tengah", "Asia/Jakarta", 0));
        String unit = unit(scheduledTenant, "01", "Diskominfo", LocalUnit.ACTIVE);
        String operator = TestTokens.token(scheduledTenant, unit, "NEWS_OPERATOR");
        String scheduler = TestTokens.token(scheduledTenant, null, "EDITOR");
        Instant publishAt = Instant.now().plusSeconds(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = createdId(send("POST", "/api/v1/" + scheduledTenant + "/news", article("Agenda " + i, "isi"),
                    operator, null));
            send("POST", "/api/v1/" + scheduledTenant + "/news/" + id + "/submission", null, operator, null);
            HttpResponse<String> approved = send("POST", "/api/v1/" + scheduledTenant + "/news/" + id + "/review",
                    "{\"decision\":\"APPROVE\",\"publishAt\":\"" + publishAt + "\"}", scheduler, null);
            assertThat(status(approved)).isEqualTo("SCHEDULED");
            ids.add(id);
        }
        // two replicas' publishers, same database
        ScheduledPublisher replica1 = new ScheduledPublisher(mongo, Clock.systemUTC());
        ScheduledPublisher replica2 = new ScheduledPublisher(mongo, Clock.systemUTC());
        assertThat(replica1.publishDue() + replica2.publishDue()).as("nothing before its time").isZero();
        assertThat(send("GET", "/api/v1/" + scheduledTenant + "/news", null, null, null).body())
                .contains("\"totalItems\":0");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), publishAt).toMillis() + 50));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int total = 0;
        try {
            List<Future<Integer>> rounds = new ArrayList<>();
            for (ScheduledPublisher replica : List.of(replica1, replica2)) {
                Callable<Integer> round = () -> {
                    together.await();
                    int published = 0;
                    for (int i = 0; i < 3; i++) {
                        published += replica.publishDue();
                    }
                    return published;
                };
                rounds.add(pool.submit(round));
            }
            for (Future<Integer> round : rounds) {
                total += round.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(total).as("publications by both replicas together").isEqualTo(ids.size());
        for (String id : ids) {
            Document stored = mongo.findById(id, Document.class, Article.COLLECTION);
            assertThat(stored.getString("status")).isEqualTo("PUBLISHED");
            assertThat(stored.getList("history", Document.class).stream()
                    .filter(h -> "PUBLISHED".equals(h.getString("action")))).hasSize(1);
            assertThat(stored.getDate("publishedAt").toInstant()).isAfterOrEqualTo(publishAt);
        }
        Map<String, Integer> perArticle = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : awaitEvents(scheduledTenant,
                "id.terbuka.news.article-published.v1", null, ids.size(), Duration.ofSeconds(30))) {
            perArticle.merge(record.key(), 1, Integer::sum);
        }
        assertThat(perArticle).hasSize(ids.size()).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
        assertThat(json.readTree(send("GET", "/api/v1/" + scheduledTenant + "/news", null, null, null).body())
                .path("totalItems").asInt()).isEqualTo(ids.size());
    }

    @Test
    void feedsParseBackAndCarryNoScript() throws Exception {
        String feedTenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(feedTenant, UUID.randomUUID().toString(), "Kabupaten Landak", "61.08",
                "Kalimantan Barat", "Asia/Jakarta", 0));
        String u1 = unit(feedTenant, "01", "Diskominfo Landak", LocalUnit.ACTIVE);
        String u2 = unit(feedTenant, "02", "Dinas Pendidikan", LocalUnit.ACTIVE);
        publish(feedTenant, u1, "Festival Budaya Dayak", XSS_BODY);
        publish(feedTenant, u2, "Penerimaan Siswa Baru", "Pendaftaran *dibuka*.");
        String prefix = "/api/v1/" + feedTenant + "/news/";

        for (String file : List.of("feed.atom", "feed.rss")) {
            HttpResponse<String> response = send("GET", prefix + file, null, null, null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(file.endsWith("atom") ? "application/atom+xml" : "application/rss+xml");
            assertThat(response.body()).doesNotContain("<script", "onerror", "javascript:");
            if (file.endsWith("atom")) {
                FeedChecks.assertAtom(response.body(), 2);
            } else {
                FeedChecks.assertRss(response.body(), 2);
            }
            SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(response.body())));
            assertThat(feed.getFeedType()).isEqualTo(file.endsWith("atom") ? "atom_1.0" : "rss_2.0");
            assertThat(feed.getTitle()).contains("Kabupaten Landak");
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactly("Penerimaan Siswa Baru", "Festival Budaya Dayak");
            SyndEntry entry = feed.getEntries().get(1);
            assertThat(entry.getLink()).endsWith("/api/v1/" + feedTenant + "/news/festival-budaya-dayak");
            assertThat(entry.getPublishedDate()).isNotNull();
            assertThat(entry.getContents()).isNotEmpty();
            assertThat(entry.getContents().get(0).getValue()).contains("<strong>pameran UMKM</strong>");
            String etag = response.headers().firstValue("ETag").orElseThrow();
            assertThat(send("GET", prefix + file, null, null, null, "If-None-Match", etag).statusCode())
                    .isEqualTo(304);
            if (file.endsWith("atom")) {
                // Atom 1.0 requires id, title and updated on the feed and on every entry, and an author
                assertThat(response.body()).contains("<id>", "<updated>", "<author>");
                assertThat(entry.getUri()).startsWith("urn:uuid:");
                assertThat(entry.getUpdatedDate()).isNotNull();
            }
        }
        SyndFeed unitFeed = new SyndFeedInput().build(new InputSource(new StringReader(
                send("GET", prefix + "feed.atom?unit=" + u1, null, null, null).body())));
        assertThat(unitFeed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Festival Budaya Dayak");

        HttpResponse<String> jsonFeed = send("GET", prefix + "feed.json", null, null, null);
        assertThat(jsonFeed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/feed+json");
        JsonNode feed = json.readTree(jsonFeed.body());
        FeedChecks.assertJsonFeed(feed, 2);
        assertThat(feed.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asString()).contains("Kabupaten Landak");
        assertThat(feed.path("feed_url").asString()).endsWith("/news/feed.json");
        assertThat(feed.path("items").size()).isEqualTo(2);
        for (JsonNode item : feed.path("items")) {
            assertThat(item.path("id").asString()).isNotBlank();
            assertThat(item.path("content_html").asString()).isNotBlank().doesNotContain("<script", "onerror");
            assertThat(item.path("url").asString()).startsWith("http");
            assertThat(item.path("date_published").asString()).isNotBlank();
        }
        assertThat(json.readTree(send("GET", prefix + "feed.json?unit=" + u2, null, null, null).body())
                .path("items").size()).isEqualTo(1);
    }

    @Test
    void theActivityBoardCountsWhatExistsAndFlagsSilentUnits() throws Exception {
        String boardTenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(boardTenant, UUID.randomUUID().toString(), "Kabupaten Papan", "62.02",
                "Kalimantan Tengah", "Asia/Jakarta", 0));
        String active = unit(boardTenant, "01", "Diskominfo", LocalUnit.ACTIVE);
        String quiet = unit(boardTenant, "02", "Dinas Perikanan", LocalUnit.ACTIVE);
        String silent = unit(boardTenant, "03", "Bappeda", LocalUnit.ACTIVE);
        publish(boardTenant, active, "Satu", "isi");
        publish(boardTenant, active, "Dua", "isi");
        String draftOnly = TestTokens.token(boardTenant, active, "NEWS_OPERATOR");
        createdId(send("POST", "/api/v1/" + boardTenant + "/news", article("Draf", "isi"), draftOnly, null));
        String quietOperator = TestTokens.token(boardTenant, quiet, "NEWS_OPERATOR");
        String pending = createdId(send("POST", "/api/v1/" + boardTenant + "/news", article("Menunggu", "isi"),
                quietOperator, null));
        send("POST", "/api/v1/" + boardTenant + "/news/" + pending + "/submission", null, quietOperator, null);

        HttpResponse<String> response = send("GET", "/api/v1/" + boardTenant + "/news/activity", null, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode board = json.readTree(response.body());
        Map<String, JsonNode> byUnit = new HashMap<>();
        board.path("units").forEach(u -> byUnit.put(u.path("unitId").asString(), u));
        assertThat(byUnit).containsOnlyKeys(active, quiet, silent);

        JsonNode a = byUnit.get(active);
        assertThat(a.path("rank").asInt()).isEqualTo(1);
        assertThat(List.of(a.path("drafts").asLong(), a.path("submitted").asLong(), a.path("published").asLong()))
                .containsExactly(count(boardTenant, active, null), count(boardTenant, active, "firstSubmittedAt"),
                        count(boardTenant, active, "firstPublishedAt"))
                .containsExactly(3L, 2L, 2L);
        assertThat(a.path("daysSinceLastPublication").asInt()).isZero();
        assertThat(a.path("silent").asBoolean()).isFalse();
        assertThat(a.path("medianReviewMinutes").isNumber()).isTrue();

        JsonNode q = byUnit.get(quiet);
        assertThat(List.of(q.path("drafts").asLong(), q.path("submitted").asLong(), q.path("published").asLong(),
                q.path("awaitingReview").asLong())).containsExactly(1L, 1L, 0L, 1L);
        assertThat(q.path("silent").asBoolean()).isTrue();

        JsonNode s = byUnit.get(silent);
        assertThat(s.path("drafts").asLong() + s.path("submitted").asLong() + s.path("published").asLong()).isZero();
        assertThat(s.path("silent").asBoolean()).isTrue();
        assertThat(s.path("lastPublishedAt").isNull() || s.path("lastPublishedAt").isMissingNode()).isTrue();

        assertThat(board.path("totals").path("published").asLong())
                .isEqualTo(mongo.count(Query.query(Criteria.where("tenant").is(boardTenant).and("status")
                        .is("PUBLISHED")), Article.class));
        assertThat(board.path("totals").path("silentUnits").asInt()).isEqualTo(2);

        HttpResponse<String> badPeriod = send("GET", "/api/v1/" + boardTenant + "/news/activity?from=2026-03-10"
                + "&to=2026-03-01", null, null, null);
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        JsonNode past = json.readTree(send("GET", "/api/v1/" + boardTenant
                + "/news/activity?from=2020-01-01&to=2020-01-31", null, null, null).body());
        assertThat(past.path("totals").path("published").asInt()).isZero();
    }

    @Test
    void imagesAreCleanedResizedOnlyForTheUnitAndBecomeTheCoverInViewsAndFeeds() throws Exception {
        String id = createdId(send("POST", base(), article("Peresmian Jembatan Desa", "Jembatan baru."), operatorA,
                null));
        byte[] photo = TestImages.jpegWithExif(2000, 1500);

        // another unit's operator, another tenant's operator and a citizen cannot add pictures
        assertThat(upload(id, "foto.jpg", "image/jpeg", photo, operatorB).body()).contains("forbidden-unit");
        HttpResponse<String> foreignUpload = upload(id, "foto.jpg", "image/jpeg", photo,
                TestTokens.token(foreign, unitA, "NEWS_OPERATOR"));
        assertThat(foreignUpload.statusCode()).isEqualTo(403);
        assertThat(foreignUpload.body()).contains("forbidden-tenant");
        assertThat(upload(id, "foto.jpg", "image/jpeg", photo, TestTokens.token(tenant, null, "CITIZEN"))
                .statusCode()).isEqualTo(403);
        // an HTML page named and declared as a JPEG is recognised by its bytes
        HttpResponse<String> disguised = upload(id, "foto.jpg", "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), operatorA);
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(disguised.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(disguised.body());
        assertThat(problem.path("type").asString()).isEqualTo("https://terbuka.id/problems/image-type-not-allowed");
        assertThat(problem.path("detail").asString()).contains("text/html");
        HttpResponse<String> broken = upload(id, "foto.png", "image/png",
                Arrays.copyOf(TestImages.png(300, 300, false), 80), operatorA);
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(broken.body()).contains("image-not-decodable");

        HttpResponse<String> uploaded = upload(id, "IMG_2031.jpg", "image/jpeg", photo, operatorA);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode image = json.readTree(uploaded.body());
        String imageId = image.path("id").asString();
        assertThat(image.path("renditions").path("list").path("width").asInt()).isEqualTo(480);
        assertThat(image.path("renditions").path("list").path("height").asInt()).isEqualTo(360);
        assertThat(image.path("renditions").path("detail").path("width").asInt()).isEqualTo(1200);
        assertThat(image.path("renditions").path("original").path("width").asInt()).isEqualTo(2000);

        // what is stored carries no EXIF: every GridFS file of the article, read back
        GridFSBucket bucket = GridFSBuckets.create(mongo.getDb(), "images");
        List<byte[]> stored = new ArrayList<>();
        bucket.find(Filters.eq("metadata.articleId", id)).forEach(file -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bucket.downloadToStream(file.getObjectId(), bytes);
            stored.add(bytes.toByteArray());
        });
        assertThat(stored).hasSize(3).allSatisfy(bytes -> {
            assertThat(TestImages.read(bytes)).isNotNull();
            assertThat(TestImages.app1Segments(bytes)).isZero();
            assertThat(TestImages.contains(bytes, TestImages.CANARY)).isFalse();
        });

        String unused = json.readTree(upload(id, "lain.png", "image/png", TestImages.png(800, 600, false), operatorA)
                .body()).path("id").asString();

        // a draft's picture is not public; the staff of the unit see it
        String listPath = "/api/v1/" + tenant + "/news/images/" + imageId + "/list";
        assertThat(send("GET", listPath, null, null, null).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> staffView = bytes(listPath, operatorA);
        assertThat(staffView.statusCode()).isEqualTo(200);
        assertThat(TestImages.read(staffView.body()).getWidth()).isEqualTo(480);

        // the cover is chosen in an edit, with caption and credit; an image of another article is refused
        HttpResponse<String> wrongCover = send("PUT", base() + "/" + id, withCover(article("Peresmian Jembatan Desa",
                "Jembatan baru."), "tidak-ada", null, null), operatorA, "\"0\"");
        assertThat(wrongCover.statusCode()).isEqualTo(400);
        assertThat(wrongCover.body()).contains("\"field\":\"cover.imageId\"");
        HttpResponse<String> covered = send("PUT", base() + "/" + id, withCover(article("Peresmian Jembatan Desa",
                "Jembatan baru."), imageId, "Bupati menggunting pita", "Foto: Diskominfo"), operatorA, "\"0\"");
        assertThat(covered.statusCode()).as(covered.body()).isEqualTo(200);
        send("POST", base() + "/" + id + "/submission", null, operatorA, null);
        assertThat(status(send("POST", base() + "/" + id + "/review", "{\"decision\":\"APPROVE\"}", editor, null)))
                .isEqualTo("PUBLISHED");

        JsonNode reader = json.readTree(send("GET", base() + "/peresmian-jembatan-desa", null, null, null).body());
        assertThat(reader.path("cover").path("caption").asString()).isEqualTo("Bupati menggunting pita");
        assertThat(reader.path("cover").path("credit").asString()).isEqualTo("Foto: Diskominfo");
        assertThat(reader.path("cover").path("width").asInt()).isEqualTo(1200);
        assertThat(reader.path("cover").path("url").asString()).endsWith("/news/images/" + imageId + "/detail");
        assertThat(json.readTree(send("GET", base() + "?q=jembatan", null, null, null).body()).path("items").get(0)
                .path("cover").path("listUrl").asString()).endsWith("/list");

        // published: public, cacheable, with a content-hash ETag
        HttpResponse<byte[]> publicView = bytes(listPath, null);
        assertThat(publicView.statusCode()).isEqualTo(200);
        assertThat(publicView.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(publicView.headers().firstValueAsLong("Content-Length").orElseThrow())
                .isEqualTo(publicView.body().length);
        assertThat(publicView.headers().firstValue("Cache-Control").orElseThrow()).contains("public", "max-age");
        String etag = publicView.headers().firstValue("ETag").orElseThrow();
        assertThat(send("GET", listPath, null, null, null, "If-None-Match", etag).statusCode()).isEqualTo(304);
        // a picture the published text does not show was never reviewed for readers: still staff only
        String unusedPath = "/api/v1/" + tenant + "/news/images/" + unused + "/detail";
        assertThat(send("GET", unusedPath, null, null, null).statusCode()).isEqualTo(401);
        assertThat(bytes(unusedPath, editor).headers().firstValue("Content-Type")).hasValue("image/png");
        // once published, the operator adds no more pictures
        assertThat(upload(id, "foto.jpg", "image/jpeg", photo, operatorA).statusCode()).isEqualTo(409);

        // feeds: RSS enclosure and Atom rel="enclosure" of the detail rendition, JSON Feed "image"
        String detailUrl = reader.path("cover").path("url").asString();
        for (String file : List.of("feed.rss", "feed.atom")) {
            SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(
                    send("GET", base() + "/" + file, null, null, null).body())));
            SyndEntry entry = feed.getEntries().stream().filter(e -> e.getTitle().equals("Peresmian Jembatan Desa"))
                    .findFirst().orElseThrow();
            assertThat(entry.getEnclosures()).hasSize(1);
            assertThat(entry.getEnclosures().get(0).getUrl()).isEqualTo(detailUrl);
            assertThat(entry.getEnclosures().get(0).getType()).isEqualTo("image/jpeg");
            assertThat(entry.getEnclosures().get(0).getLength()).isPositive();
        }
        JsonNode jsonFeed = json.readTree(send("GET", base() + "/feed.json", null, null, null).body());
        boolean found = false;
        for (JsonNode item : jsonFeed.path("items")) {
            if (item.path("id").asString().equals(id)) {
                assertThat(item.path("image").asString()).isEqualTo(detailUrl);
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void brokenUploadsAreProblemsNeverServerErrors() throws Exception {
        String id = createdId(send("POST", base(), article("Unggahan Rusak", "isi"), operatorA, null));
        String path = base() + "/" + id + "/images";
        // empty file
        HttpResponse<String> empty = upload(id, "kosong.jpg", "image/jpeg", new byte[0], operatorA);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("image-empty");
        // no part named "file"
        HttpResponse<String> noPart = raw("POST", path, "multipart/form-data; boundary=b1",
                "--b1\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b1--\r\n", operatorA);
        assertThat(noPart.statusCode()).isEqualTo(400);
        assertThat(noPart.body()).contains("\"field\":\"file\"");
        // a body that is no multipart at all, and JSON instead of a form
        for (HttpResponse<String> response : List.of(
                raw("POST", path, "multipart/form-data; boundary=b2", "this is not multipart", operatorA),
                raw("POST", path, "multipart/form-data", "--x\r\n", operatorA),
                raw("POST", path, "application/json", "{}", operatorA))) {
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        // larger than the limit (10 MB), even with a valid JPEG start
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        HttpResponse<String> tooLarge = upload(id, "besar.jpg", "image/jpeg", huge, operatorA);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("payload-too-large");
        // unknown image, unknown rendition, bad diff parameter
        assertThat(send("GET", base() + "/images/nope/list", null, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", base() + "/images/nope/huge", null, null, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", base() + "/" + id + "/revisions/diff?from=x", null, operatorA, null).statusCode())
                .isEqualTo(400);
        HttpResponse<String> badCover = send("PUT", base() + "/" + id, "{\"title\":\"t\",\"body\":\"b\","
                + "\"cover\":{\"imageId\":\" \"},\"version\":0}", operatorA, null);
        assertThat(badCover.statusCode()).isEqualTo(400);
        assertThat(badCover.body()).contains("\"field\":\"cover.imageId\"");
    }

    @Test
    void editorsCorrectPublishedNewsVisiblyCommentAndCompareRevisions() throws Exception {
        String id = submittedArticle(operatorB, "Jadwal Posyandu Maret");
        HttpResponse<String> comment = send("POST", base() + "/" + id + "/comments",
                "{\"text\":\"Mohon cek jam buka\"}", editor, null);
        assertThat(comment.statusCode()).isEqualTo(201);
        assertThat(send("POST", base() + "/" + id + "/comments", "{\"text\":\" \"}", editor, null).body())
                .contains("\"field\":\"text\"");
        assertThat(send("POST", base() + "/" + id + "/comments", "{\"text\":\"x\"}", operatorA, null).statusCode())
                .isEqualTo(403);
        JsonNode comments = json.readTree(send("GET", base() + "/" + id + "/comments", null, operatorB, null).body());
        assertThat(comments.size()).isEqualTo(1);
        assertThat(comments.get(0).path("text").asString()).isEqualTo("Mohon cek jam buka");
        // a comment does not touch the article: the version read before it is still current
        assertThat(status(send("POST", base() + "/" + id + "/review", "{\"decision\":\"APPROVE\",\"version\":1}",
                editor, null))).isEqualTo("PUBLISHED");
        String slug = mongo.findById(id, Article.class).slug();

        String corrected = json.writeValueAsString(Map.of("note", "Jam buka semula tertulis 08.00; yang benar 09.00.",
                "text", json.readValue(article("Jadwal Posyandu Maret", "Posyandu buka pukul 09.00."), Map.class)));
        assertThat(send("POST", base() + "/" + id + "/corrections", corrected, editor, null).statusCode())
                .isEqualTo(428);
        assertThat(send("POST", base() + "/" + id + "/corrections", corrected, operatorB, "\"2\"").statusCode())
                .isEqualTo(403);
        assertThat(send("POST", base() + "/" + id + "/corrections", "{\"note\":\"\"}", editor, "\"2\"").body())
                .contains("\"field\":\"note\"");
        HttpResponse<String> done = send("POST", base() + "/" + id + "/corrections", corrected, editor, "\"2\"");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json.readTree(done.body()).path("slug").asString()).isEqualTo(slug);

        JsonNode reader = json.readTree(send("GET", base() + "/" + slug, null, null, null).body());
        assertThat(reader.path("bodyHtml").asString()).contains("09.00");
        assertThat(reader.path("corrections").get(0).path("note").asString()).contains("yang benar 09.00");
        String rss = send("GET", base() + "/feed.rss", null, null, null).body();
        assertThat(rss).contains("Koreksi", "yang benar 09.00");
        assertThat(awaitEvents(tenant, "id.terbuka.news.article-corrected.v1", id, 1, Duration.ofSeconds(30)))
                .hasSize(1);

        JsonNode diff = json.readTree(send("GET", base() + "/" + id + "/revisions/diff?from=1&to=2", null, editor,
                null).body());
        JsonNode body = diff.path("fields").get(2);
        assertThat(body.path("field").asString()).isEqualTo("body");
        assertThat(body.path("unified").asString()).contains("-isi", "+Posyandu buka pukul 09.00.");
        HttpResponse<String> badDiff = send("GET", base() + "/" + id + "/revisions/diff?from=1&to=9", null, editor,
                null);
        assertThat(badDiff.statusCode()).isEqualTo(400);
        assertThat(badDiff.body()).contains("\"field\":\"to\"");
    }

    @Test
    void cachedListsAndFeedsNeverOutliveAPublicChangeMadeOnAnyReplica() throws Exception {
        String t = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(t, UUID.randomUUID().toString(), "Kabupaten Tembolok", "62.06",
                "Kalimantan Tengah", "Asia/Jakarta", 0));
        String u = unit(t, "01", "Diskominfo", LocalUnit.ACTIVE);
        String editorT = TestTokens.token(t, null, "EDITOR");
        publish(t, u, "Berita Pertama", "isi pertama");
        String list = "/api/v1/" + t + "/news";
        String atom = list + "/feed.atom";

        HttpResponse<String> first = send("GET", list, null, null, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        long renderings = rendered.renderings();
        HttpResponse<String> again = send("GET", list, null, null, null);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        HttpResponse<String> notModified = send("GET", list, null, null, null, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).contains(etag);
        assertThat(rendered.renderings()).as("served from memory, 304 without rendering").isEqualTo(renderings);
        String atomEtag = send("GET", atom, null, null, null).headers().firstValue("ETag").orElseThrow();
        assertThat(send("GET", atom, null, null, null, "If-None-Match", atomEtag).statusCode()).isEqualTo(304);

        // a publication on this replica: the next read sees it, the old ETag no longer matches
        publish(t, u, "Berita Kedua", "isi kedua");
        assertThat(titles(list)).containsExactly("Berita Kedua", "Berita Pertama");
        assertThat(send("GET", list, null, null, null, "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(send("GET", atom, null, null, null, "If-None-Match", atomEtag).body()).contains("Berita Kedua");

        // a correction and a withdrawal
        Article second = mongo.findOne(Query.query(Criteria.where("tenant").is(t).and("slug").is("berita-kedua")),
                Article.class);
        assertThat(send("POST", list + "/" + second.id() + "/corrections", json.writeValueAsString(Map.of(
                "note", "Tanggal diperbaiki.", "version", second.version())), editorT, null).statusCode())
                .isEqualTo(200);
        JsonNode items = json.readTree(send("GET", list, null, null, null).body()).path("items");
        assertThat(items.get(0).path("corrected").asBoolean()).isTrue();
        assertThat(send("GET", list + "/feed.rss", null, null, null).body()).contains("Tanggal diperbaiki.");
        long version = mongo.findById(second.id(), Article.class).version();
        assertThat(send("POST", list + "/" + second.id() + "/withdrawal", json.writeValueAsString(Map.of(
                "reason", "Salah unit.", "version", version)), editorT, null).statusCode()).isEqualTo(200);
        assertThat(titles(list)).containsExactly("Berita Pertama");
        assertThat(send("GET", atom, null, null, null).body()).doesNotContain("Berita Kedua");
        assertThat(send("GET", list + "/sitemap.xml", null, null, null).body()).doesNotContain("berita-kedua");

        // another replica withdraws the first one: it writes the shared store and raises the shared version;
        // nothing of this instance's memory is involved
        assertThat(send("GET", list + "/feed.json", null, null, null).body()).contains("Berita Pertama");
        mongo.updateFirst(Query.query(Criteria.where("tenant").is(t).and("slug").is("berita-pertama")),
                new Update().set("status", "WITHDRAWN").set("withdrawalReason", "Ganda."), Article.COLLECTION);
        new PublicVersions(mongo).bump(t);
        assertThat(titles(list)).isEmpty();
        assertThat(send("GET", list + "/feed.json", null, null, null).body()).doesNotContain("Berita Pertama");
        assertThat(send("GET", atom, null, null, null).body()).doesNotContain("Berita Pertama");
    }

    @Test
    void theSearchIsIndonesianAndStemmed() throws Exception {
        String searchTenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(searchTenant, UUID.randomUUID().toString(), "Kabupaten Cari", "62.04",
                "Kalimantan Tengah", "Asia/Jakarta", 0));
        String u = unit(searchTenant, "01", "Dinas Kesehatan", LocalUnit.ACTIVE);
        publish(searchTenant, u, "Dinkes Melaporkan Kasus DBD Menurun", "Angka kasus demam berdarah turun.");
        publish(searchTenant, u, "Jadwal Imunisasi", "Puskesmas membuka layanan **pembangunan** kesehatan.");
        publish(searchTenant, u, "Layanan Puskesmas Gratis", "Ada kasus baru dan imunisasi lanjutan.");
        String path = "/api/v1/" + searchTenant + "/news?q=";
        assertThat(titles(path + "laporan")).containsExactly("Dinkes Melaporkan Kasus DBD Menurun");
        assertThat(titles(path + "membangun")).containsExactly("Jadwal Imunisasi"); // found in the body
        assertThat(titles(path + "yang")).isEmpty();
        // ranked: more of the query's terms first (the newest article matches only "kasus")
        assertThat(titles(path + "LAPORAN+kasus")).containsExactly("Dinkes Melaporkan Kasus DBD Menurun",
                "Layanan Puskesmas Gratis");
        // then matches in the title, then newest: the newest article has "imunisasi" in its body only
        assertThat(titles(path + "laporan+imunisasi")).containsExactly("Jadwal Imunisasi",
                "Dinkes Melaporkan Kasus DBD Menurun", "Layanan Puskesmas Gratis");
        JsonNode second = json.readTree(send("GET", path + "laporan+imunisasi&size=1&page=1", null, null, null)
                .body());
        assertThat(second.path("totalItems").asLong()).isEqualTo(3);
        assertThat(second.path("items").get(0).path("title").asString())
                .isEqualTo("Dinkes Melaporkan Kasus DBD Menurun");

        // an article stored before the search existed (no terms) becomes findable after the start-up backfill
        String legacy = createdId(send("POST", "/api/v1/" + searchTenant + "/news", article("Rapat Lama", "isi"),
                TestTokens.token(searchTenant, u, "NEWS_OPERATOR"), null));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(legacy)), new Update().unset("searchTerms")
                .set("status", "PUBLISHED").set("publishedAt", new java.util.Date()), Article.COLLECTION);
        long before = mongo.findById(legacy, Document.class, Article.COLLECTION).get("version", Number.class)
                .longValue();
        assertThat(titles(path + "rapat")).isEmpty();
        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(1);
        assertThat(titles(path + "rapat")).containsExactly("Rapat Lama");
        assertThat(mongo.findById(legacy, Document.class, Article.COLLECTION).get("version", Number.class)
                .longValue()).isEqualTo(before + 1);
        assertThat(backfill.backfill()).isZero();
    }

    @Test
    void sitemapsListPublishedNewsAndTheBoardComesAsCsv() throws Exception {
        String mapTenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new LocalTenant(mapTenant, UUID.randomUUID().toString(), "Kabupaten Peta", "62.05",
                "Kalimantan Tengah", "Asia/Jakarta", 0));
        String u1 = unit(mapTenant, "01", "Diskominfo", LocalUnit.ACTIVE);
        unit(mapTenant, "02", "Dinas \"Lingkungan\", Hidup", LocalUnit.ACTIVE);
        publish(mapTenant, u1, "Berita Hari Ini & Esok", "isi");
        publish(mapTenant, u1, "Berita Lama", "isi");
        // an article published three days ago: in the sitemap, not in the news sitemap
        mongo.updateFirst(Query.query(Criteria.where("tenant").is(mapTenant).and("slug").is("berita-lama")),
                new Update().set("publishedAt", Instant.now().minus(Duration.ofDays(3))), Article.class);
        String prefix = "/api/v1/" + mapTenant + "/news/";

        HttpResponse<String> news = send("GET", prefix + "sitemap-news.xml", null, null, null);
        assertThat(news.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        org.w3c.dom.Document newsXml = FeedChecks.parse(news.body());
        assertThat(newsXml.getDocumentElement().getNamespaceURI()).isEqualTo(FeedChecks.SITEMAP);
        var entries = newsXml.getElementsByTagNameNS(FeedChecks.SITEMAP, "url");
        assertThat(entries.getLength()).isEqualTo(1);
        assertThat(FeedChecks.text(newsXml, FeedChecks.NEWS, "title")).containsExactly("Berita Hari Ini & Esok");
        assertThat(FeedChecks.text(newsXml, FeedChecks.NEWS, "name")).containsExactly("Berita Kabupaten Peta");
        assertThat(FeedChecks.text(newsXml, FeedChecks.NEWS, "language")).containsExactly("id");
        assertThat(Instant.parse(FeedChecks.text(newsXml, FeedChecks.NEWS, "publication_date").get(0)))
                .isBefore(Instant.now().plusSeconds(1));
        org.w3c.dom.Document all = FeedChecks.parse(send("GET", prefix + "sitemap.xml", null, null, null).body());
        assertThat(FeedChecks.text(all, FeedChecks.SITEMAP, "loc")).hasSize(2)
                .allSatisfy(loc -> assertThat(loc).startsWith("http").contains("/api/v1/" + mapTenant + "/news/"));
        assertThat(FeedChecks.text(all, FeedChecks.SITEMAP, "lastmod")).hasSize(2);

        HttpResponse<String> csv = send("GET", prefix + "activity.csv", null, null, null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
                ".csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("rank,unitId,code,name,drafts,submitted,published");
        assertThat(lines[1]).startsWith("1," + u1 + ",01,Diskominfo,2,2,2,");
        assertThat(lines[2]).contains("\"Dinas \"\"Lingkungan\"\", Hidup\"").endsWith(",true");

        // the monthly ranking history: this month, Diskominfo first with its two publications
        JsonNode history = json.readTree(send("GET", prefix + "activity/history", null, null, null).body());
        assertThat(history.path("months").size()).isEqualTo(12);
        JsonNode thisMonth = history.path("months").get(11);
        assertThat(thisMonth.path("published").asLong()).isEqualTo(2);
        assertThat(thisMonth.path("units").get(0).path("unitId").asString()).isEqualTo(u1);
        assertThat(thisMonth.path("units").get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(thisMonth.path("units").get(1).path("published").asLong()).isZero();
        HttpResponse<String> historyCsv = send("GET", prefix + "activity/history.csv", null, null, null);
        assertThat(historyCsv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(historyCsv.body().split("\r\n")).hasSize(1 + 12 * 2)
                .contains(thisMonth.path("month").asString() + ",1," + u1 + ",01,Diskominfo,2");
    }

    // ---- helpers ----

    private List<String> titles(String path) throws Exception {
        List<String> titles = new ArrayList<>();
        json.readTree(send("GET", path, null, null, null).body()).path("items")
                .forEach(item -> titles.add(item.path("title").asString()));
        return titles;
    }

    private String withCover(String articleJson, String imageId, String caption, String credit) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = json.readValue(articleJson, Map.class);
        Map<String, Object> cover = new HashMap<>();
        cover.put("imageId", imageId);
        cover.put("caption", caption);
        cover.put("credit", credit);
        fields.put("cover", cover);
        return json.writeValueAsString(fields);
    }

    /** A multipart/form-data upload of one part {@code file}, as a browser sends it. */
    private HttpResponse<String> upload(String articleId, String fileName, String contentType, byte[] content,
                                        String token) throws Exception {
        String boundary = "----terbuka" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + base() + "/"
                        + articleId + "/images"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> raw(String method, String path, String contentType, String body, String token)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> bytes(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long count(String tenantSlug, String unitId, String field) {
        Criteria criteria = Criteria.where("tenant").is(tenantSlug).and("unitId").is(unitId);
        if (field != null) {
            criteria = criteria.and(field).ne(null);
        }
        return mongo.count(Query.query(criteria), Article.class);
    }

    private void publish(String tenantSlug, String unitId, String title, String body) throws Exception {
        String operator = TestTokens.token(tenantSlug, unitId, "NEWS_OPERATOR");
        String id = createdId(send("POST", "/api/v1/" + tenantSlug + "/news", article(title, body), operator, null));
        send("POST", "/api/v1/" + tenantSlug + "/news/" + id + "/submission", null, operator, null);
        assertThat(status(send("POST", "/api/v1/" + tenantSlug + "/news/" + id + "/review",
                "{\"decision\":\"APPROVE\"}", TestTokens.token(tenantSlug, null, "EDITOR"), null)))
                .isEqualTo("PUBLISHED");
    }

    private String submittedArticle(String operator, String title) throws Exception {
        String id = createdId(send("POST", base(), article(title, "isi"), operator, null));
        assertThat(status(send("POST", base() + "/" + id + "/submission", null, operator, null)))
                .isEqualTo("IN_REVIEW");
        return id;
    }

    private String createdId(HttpResponse<String> created) throws Exception {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("id").asString();
    }

    private String status(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("status").asString();
    }

    private String article(String title, String body) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", title);
        fields.put("lead", "Ringkasan " + title);
        fields.put("body", body);
        fields.put("bodyFormat", "MARKDOWN");
        fields.put("eventDate", "2026-03-02");
        fields.put("place", "Kuala Kapuas");
        fields.put("tags", List.of("umkm", "Pemda"));
        return json.writeValueAsString(fields);
    }

    private String base() {
        return "/api/v1/" + tenant + "/news";
    }

    private HttpResponse<String> send(String method, String path, String body, String token, String ifMatch,
                                      String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Events of {@code type} for the tenant (and the article, if given): waits for {@code expected}, then a bit more. */
    private static List<ConsumerRecord<String, byte[]>> awaitEvents(String tenantSlug, String type, String articleId,
                                                                   int expected, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = EventProbe.consumer()) {
            consumer.subscribe(List.of(Topics.NEWS));
            long deadline = System.nanoTime() + timeout.toNanos();
            long settle = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settle)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (tenantSlug.equals(EventProbe.header(record, "ce_tenant")) && type.equals(EventProbe.header(record, "ce_type"))
                            && (articleId == null || articleId.equals(record.key()))) {
                        found.add(record);
                    }
                }
                if (found.size() >= expected && settle == Long.MAX_VALUE) {
                    settle = System.nanoTime() + Duration.ofSeconds(2).toNanos(); // catch duplicates, if any
                }
            }
        }
        return found;
    }

}

package id.terbuka.launcher.demo;

import com.sun.net.httpserver.HttpExchange;
import id.terbuka.launcher.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static id.terbuka.launcher.demo.StubGateway.check;
import static id.terbuka.launcher.demo.StubGateway.respond;

/**
 * Drives the news step against a stub of the gateway (a real HTTP server on loopback) that logs in demo accounts,
 * lists units and keeps articles with their status, checking who does each step.
 */
class NewsDemoStepTest {

    private static final Instant NOW = Instant.parse("2026-04-10T02:20:00Z");

    private StubGateway gateway;
    private final List<String> writes = new CopyOnWriteArrayList<>();
    /** tenant → article id → article (title, status, unitCode). */
    private final Map<String, Map<String, Map<String, Object>>> articles = new ConcurrentHashMap<>();

    @BeforeEach
    void startStub() throws IOException {
        gateway = StubGateway.start(this::answer);
    }

    @AfterEach
    void stopStub() {
        gateway.close();
    }

    private void answer(HttpExchange exchange, String who) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String[] parts = path.split("/");
        String tenant = parts[3];
        Map<String, Map<String, Object>> stored = articles.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
        if (method.equals("GET") && path.endsWith("/news/editorial")) {
            check(who.equals("editor@" + tenant), "desk read by " + who);
            respond(exchange, 200, Json.write(Map.of("items", new ArrayList<>(stored.values()), "page", 0,
                    "totalPages", 1)));
            return;
        }
        writes.add(method + " " + path + " " + who);
        if (method.equals("POST") && parts.length == 5) {
            Object body = Json.parse(new String(raw, StandardCharsets.UTF_8));
            check(who.startsWith("news-operator.") && who.endsWith("@" + tenant), "draft by " + who);
            String id = "a-" + stored.size();
            Map<String, Object> article = new LinkedHashMap<>();
            article.put("id", id);
            article.put("title", Json.at(body, "title"));
            article.put("status", "DRAFT");
            article.put("version", 0);
            article.put("operator", who);
            stored.put(id, article);
            respond(exchange, 201, Json.write(article));
            return;
        }
        Map<String, Object> article = stored.get(parts[5]);
        check(article != null, "unknown article " + path);
        String step = parts.length > 6 ? parts[6] : "";
        switch (method + " " + step) {
            case "POST images" -> {
                check(who.equals(article.get("operator")), "image by " + who);
                check((raw.length > 4) && new String(raw, StandardCharsets.ISO_8859_1).contains("\u00ff\u00d8"),
                        "a JPEG part");
                respond(exchange, 201, "{\"id\":\"img-" + parts[5] + "\"}");
            }
            case "PUT " -> {
                Object body = Json.parse(new String(raw, StandardCharsets.UTF_8));
                check(("img-" + parts[5]).equals(Json.at(body, "cover", "imageId")), "cover chosen");
                check(Json.at(body, "version") != null, "version sent");
                article.put("cover", true);
                respond(exchange, 200, Json.write(article));
            }
            case "POST submission" -> {
                check(who.equals(article.get("operator")), "submission by " + who);
                article.put("status", "IN_REVIEW");
                respond(exchange, 200, Json.write(article));
            }
            case "POST review" -> {
                check(who.equals("editor@" + tenant), "review by " + who);
                Object body = Json.parse(new String(raw, StandardCharsets.UTF_8));
                String decision = (String) Json.at(body, "decision");
                article.put("status", switch (decision) {
                    case "APPROVE" -> Json.at(body, "publishAt") == null ? "PUBLISHED" : "SCHEDULED";
                    case "REJECT" -> "REJECTED";
                    default -> "CHANGES_REQUESTED";
                });
                if (!decision.equals("APPROVE")) {
                    check(Json.at(body, "comment") instanceof String, "a reason");
                } else if (Json.at(body, "publishAt") instanceof String at) {
                    check(Instant.parse(at).isAfter(NOW.plus(Duration.ofDays(2))), "publishAt ahead");
                }
                respond(exchange, 200, Json.write(article));
            }
            default -> throw new IllegalStateException("unexpected " + method + " " + path);
        }
    }

    private static NewsDemoStep step() {
        return new NewsDemoStep(UnitsStep.DEMO_REGENCIES, NewsDemoStep.ARTICLES, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private List<Object> statuses(String tenant) {
        return articles.get(tenant).values().stream().map(a -> a.get("status")).map(Object.class::cast).toList();
    }

    @Test
    void eachRegencyGetsPublishedScheduledInReviewAndRejectedNewsWithSilentUnits() throws Exception {
        step().apply(gateway.api(), quiet());

        assertThat(gateway.problems()).isEmpty();
        for (String tenant : UnitsStep.DEMO_REGENCIES) {
            assertThat(statuses(tenant)).hasSize(8).containsOnly("PUBLISHED", "SCHEDULED", "IN_REVIEW", "REJECTED",
                    "CHANGES_REQUESTED");
            assertThat(statuses(tenant)).filteredOn("PUBLISHED"::equals).hasSize(3);
            assertThat(statuses(tenant)).filteredOn("SCHEDULED"::equals).hasSize(1);
            assertThat(statuses(tenant)).filteredOn("IN_REVIEW"::equals).hasSize(2);
            assertThat(statuses(tenant)).filteredOn("REJECTED"::equals).hasSize(1);
            assertThat(articles.get(tenant).values()).filteredOn(a -> a.containsKey("cover")).hasSize(1);
            // silent units: never an article from them
            assertThat(articles.get(tenant).values()).extracting(a -> (String) a.get("operator"))
                    .noneMatch(o -> o.startsWith("news-operator.bpkad") || o.startsWith("news-operator.dlh")
                            || o.startsWith("news-operator.satpolpp"));
        }
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        step().apply(gateway.api(), quiet());
        writes.clear();
        step().apply(gateway.api(), quiet());
        assertThat(writes).isEmpty();
        assertThat(gateway.problems()).isEmpty();
    }

    @Test
    void aMissingUnitStopsWithAClearMessage() {
        gateway.units().remove("DINKES");
        assertThatThrownBy(() -> step().apply(gateway.api(), quiet())).isInstanceOf(DemoException.class)
                .hasMessageContaining("DINKES");
    }

    @Test
    void theCoverIsARealJpeg() throws Exception {
        byte[] jpeg = NewsDemoStep.picture("Judul");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(1600);
    }
}

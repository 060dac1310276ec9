package id.terbuka.launcher.demo;

import com.sun.net.httpserver.HttpExchange;
import id.terbuka.launcher.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static id.terbuka.launcher.demo.StubGateway.check;
import static id.terbuka.launcher.demo.StubGateway.respond;

/**
 * Drives the catalogue step against a stub of the gateway (a real HTTP server on loopback) that logs in demo
 * accounts, lists units, and keeps entries and uploads, checking who writes what.
 */
class CatalogueDemoStepTest {

    private static final Instant NOW = Instant.parse("2026-04-10T02:20:00Z");

    private StubGateway gateway;
    private final List<String> writes = new CopyOnWriteArrayList<>();
    /** tenant → entry id → entry as posted (plus id, writer, documents). */
    private final Map<String, Map<String, Map<String, Object>>> entries = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();

    @BeforeEach
    void startStub() throws IOException {
        gateway = StubGateway.start(this::answer);
    }

    @AfterEach
    void stopStub() {
        gateway.close();
    }

    @SuppressWarnings("unchecked")
    private void answer(HttpExchange exchange, String who) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String[] parts = path.split("/");
        String tenant = parts[3];
        Map<String, Map<String, Object>> stored = entries.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
        check(parts[4].equals("information"), "catalogue path " + path);
        if (method.equals("GET") && parts.length == 5) {
            String query = exchange.getRequestURI().getRawQuery();
            check(query.startsWith("q="), "the step searches for each title instead of listing everything: " + query);
            String title = URLDecoder.decode(query.substring(2).split("&")[0], StandardCharsets.UTF_8);
            String firstWord = title.split(" ")[0];
            // like a search: every entry sharing a word with the title, the one asked for among them
            List<Map<String, Object>> items = stored.values().stream()
                    .filter(e -> ((String) e.get("title")).startsWith(firstWord)).toList();
            respond(exchange, 200, Json.write(Map.of("items", items, "page", 0, "totalPages", 1)));
            return;
        }
        writes.add(method + " " + path + " " + who);
        if (method.equals("POST") && parts.length == 5) {
            Map<String, Object> body = (Map<String, Object>) Json.parse(new String(raw, StandardCharsets.UTF_8));
            String unitCode = ((String) body.get("unitId")).substring(3);
            boolean utama = who.equals("ppid-utama@" + tenant);
            check(utama || who.equals("ppid-pelaksana." + unitCode.toLowerCase() + "@" + tenant),
                    "entry of " + unitCode + " by " + who);
            check(!LocalDate.parse((String) body.get("producedAt")).isAfter(LocalDate.of(2026, 4, 10)),
                    "producedAt not in the future");
            check(body.get("category").equals("BERKALA") == body.containsKey("updateFrequency"), "frequency");
            check(body.get("category").equals("DIKECUALIKAN") == body.containsKey("exclusion"), "exclusion");
            Map<String, Object> entry = new LinkedHashMap<>(body);
            String id = tenant + "-e" + stored.size();
            entry.put("id", id);
            entry.put("writer", who);
            entry.put("documents", new ArrayList<>());
            stored.put(id, entry);
            respond(exchange, 201, Json.write(entry));
            return;
        }
        Map<String, Object> entry = stored.get(parts[5]);
        check(entry != null, "unknown entry " + path);
        if (method.equals("GET")) {
            writes.remove(writes.size() - 1);
            respond(exchange, 200, Json.write(entry));
        } else if (method.equals("POST") && path.endsWith("/documents")) {
            check(who.equals(entry.get("writer")), "upload by " + who);
            uploads.put(tenant, raw);
            ((List<Object>) entry.get("documents")).add(Map.of("id", "doc-1"));
            respond(exchange, 201, "{\"id\":\"doc-1\"}");
        } else {
            throw new IllegalStateException("unexpected " + method + " " + path);
        }
    }

    private static CatalogueDemoStep step() {
        return new CatalogueDemoStep(UnitsStep.DEMO_REGENCIES, CatalogueDemoStep.ENTRIES,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private List<Map<String, Object>> of(String tenant) {
        return new ArrayList<>(entries.get(tenant).values());
    }

    @Test
    void eachRegencyGetsAFullDipAcrossUnitsAndCategories() throws Exception {
        step().apply(gateway.api(), quiet());

        assertThat(gateway.problems()).isEmpty();
        for (String tenant : UnitsStep.DEMO_REGENCIES) {
            List<Map<String, Object>> dip = of(tenant);
            assertThat(dip).hasSize(28);
            assertThat(dip).extracting(e -> e.get("category")).contains("BERKALA", "SERTA_MERTA", "SETIAP_SAAT",
                    "DIKECUALIKAN");
            assertThat(dip).extracting(e -> (String) e.get("unitId")).doesNotContain("id-SATPOLPP")
                    .contains("id-BPKAD", "id-BAPPEDA", "id-DISKOMINFO", "id-DINKES", "id-DISDIK", "id-PUPR",
                            "id-DPMPTSP", "id-DINSOS", "id-DLH");
            assertThat(dip).filteredOn(e -> e.get("category").equals("SERTA_MERTA")).singleElement()
                    .satisfies(e -> assertThat((String) e.get("title")).startsWith("Peringatan Dini Banjir"));
            List<Map<String, Object>> excluded = dip.stream().filter(e -> e.get("category").equals("DIKECUALIKAN"))
                    .toList();
            assertThat(excluded).hasSize(2).allSatisfy(e -> {
                assertThat(e.get("writer")).isEqualTo("ppid-utama@" + tenant);
                assertThat(Json.at(e, "exclusion", "consequence")).isInstanceOf(String.class);
                assertThat(Json.at(e, "exclusion", "publicInterestTest")).isInstanceOf(String.class);
                assertThat(Json.at(e, "exclusion", "decisionNumber")).isInstanceOf(String.class);
                assertThat(Json.at(e, "exclusion", "decidedAt")).isInstanceOf(String.class);
            });
            assertThat(excluded).extracting(e -> Json.at(e, "exclusion", "legalBasis")).containsOnly("B", "H");
            // short frequencies that lapse soon after loading
            assertThat(dip).extracting(e -> e.get("updateFrequency")).contains("DAILY", "WEEKLY");
            assertThat(uploads.get(tenant)).isNotNull();
        }
    }

    @Test
    void theUploadedDocumentIsARealPdfWithAConsistentCrossReference() {
        byte[] pdf = CatalogueDemoStep.pdf(List.of("RINGKASAN APBD (2026)", "Belanja daerah"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("(RINGKASAN APBD \\(2026\\)) Tj");
        int startxref = Integer.parseInt(text.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n", "$1"));
        assertThat(text.substring(startxref)).startsWith("xref\n0 6\n");
        Matcher offsets = Pattern.compile("(\\d{10}) 00000 n ").matcher(text);
        int object = 1;
        while (offsets.find()) {
            assertThat(text.substring(Integer.parseInt(offsets.group(1)))).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object).isEqualTo(6);
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(text);
        assertThat(length.find()).isTrue();
        assertThat(text.substring(length.end()).indexOf("endstream")).isEqualTo(Integer.parseInt(length.group(1)));
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
        gateway.units().remove("DLH");
        assertThatThrownBy(() -> step().apply(gateway.api(), quiet())).isInstanceOf(DemoException.class)
                .hasMessageContaining("DLH");
    }
}

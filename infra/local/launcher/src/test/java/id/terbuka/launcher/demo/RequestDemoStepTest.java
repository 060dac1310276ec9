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
import static id.terbuka.launcher.demo.StubGateway.check;
import static id.terbuka.launcher.demo.StubGateway.respond;

/**
 * Drives the request step against a stub of the gateway (a real HTTP server on loopback) that logs in demo accounts,
 * lists units, numbers filings and records who did each later step.
 */
class RequestDemoStepTest {

    private static final Instant NOW = Instant.parse("2026-04-10T02:20:00Z");

    private StubGateway gateway;
    private final List<String> writes = new CopyOnWriteArrayList<>();
    /** tenant → registration number → request (text, filer, channel, receivedAt). */
    private final Map<String, Map<String, Map<String, Object>>> requests = new ConcurrentHashMap<>();

    @BeforeEach
    void startStub() throws IOException {
        gateway = StubGateway.start(this::answer);
    }

    @AfterEach
    void stopStub() {
        gateway.close();
    }

    private void answer(HttpExchange exchange, String caller) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        String who = caller.isEmpty() ? "anonymous" : caller;
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String[] parts = path.split("/");
        String tenant = parts[3];
        Map<String, Map<String, Object>> stored = requests.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
        if (method.equals("GET") && parts.length == 5) {
            check(who.equals("ppid-utama@" + tenant), "work list read by " + who);
            respond(exchange, 200, Json.write(Map.of("items", new ArrayList<>(stored.values()), "page", 0,
                    "totalPages", 1)));
            return;
        }
        writes.add(method + " " + path + " " + who + (query == null ? "" : " ?" + query));
        Object body = raw.length == 0 ? Map.of() : Json.parse(new String(raw, StandardCharsets.UTF_8));
        if (method.equals("POST") && parts.length == 5) {
            String number = "6408/2026/" + String.format("%06d", stored.size() + 1);
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("registrationNumber", number);
            request.put("informationRequested", Json.at(body, "informationRequested"));
            request.put("filer", who);
            request.put("channel", Json.at(body, "channel"));
            request.put("receivedAt", Json.at(body, "receivedAt"));
            stored.put(number, request);
            respond(exchange, 201, Json.write(Map.of("registrationNumber", number, "trackingCode", "CODE-" + number)));
            return;
        }
        String number = parts[5] + "/" + parts[6] + "/" + parts[7];
        Map<String, Object> request = stored.get(number);
        check(request != null, "unknown request " + path);
        String step = String.join("/", java.util.Arrays.copyOfRange(parts, 8, parts.length));
        List<String> steps = castList(request.computeIfAbsent("steps", k -> new CopyOnWriteArrayList<String>()));
        steps.add(step + " by " + who);
        if (List.of("objections", "dispute", "withdrawal").contains(step) && method.equals("POST")) {
            check(who.equals("anonymous") && ("trackingCode=CODE-" + number).equals(query),
                    step + " by the requester with the code, not " + who);
        }
        respond(exchange, step.equals("objections") || (step.equals("dispute") && method.equals("POST")) ? 201 : 200,
                "{}");
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    private static RequestDemoStep step() {
        return new RequestDemoStep(UnitsStep.DEMO_REGENCIES, RequestDemoStep.REQUESTS, Clock.fixed(NOW,
                ZoneOffset.UTC));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private Map<String, Object> byText(String tenant, String prefix) {
        return requests.get(tenant).values().stream()
                .filter(r -> ((String) r.get("informationRequested")).startsWith(prefix)).findFirst().orElseThrow();
    }

    private List<String> steps(String tenant, String prefix) {
        Object steps = byText(tenant, prefix).get("steps");
        return steps == null ? List.of() : castList(steps);
    }

    @Test
    void eachRegencyGetsRequestsInEveryStateAndKutaiTimurForwardsOne() throws Exception {
        step().apply(gateway.api(), quiet());

        assertThat(gateway.problems()).isEmpty();
        assertThat(requests.get("kutai-timur")).hasSize(14);
        assertThat(requests.get("samarinda")).hasSize(13);
        assertThat(requests.get("kutai-kartanegara")).hasSize(13);

        // overdue ones are recorded by the PPID with their real, past receipt
        Map<String, Object> overdue = byText("samarinda", "Dokumen kontrak pemeliharaan");
        assertThat(overdue.get("filer")).isEqualTo("ppid-utama@samarinda");
        assertThat(overdue.get("channel")).isEqualTo("LETTER");
        assertThat(Instant.parse((String) overdue.get("receivedAt"))).isBefore(NOW.minus(Duration.ofDays(23)));
        assertThat(steps("samarinda", "Dokumen kontrak pemeliharaan"))
                .containsExactly("assignment by ppid-utama@samarinda");

        assertThat(byText("kutai-timur", "Data cakupan imunisasi").get("filer")).isEqualTo("warga@kutai-timur");
        assertThat(byText("samarinda", "Data cakupan imunisasi").get("filer")).isEqualTo("anonymous");

        assertThat(steps("kutai-timur", "Salinan Dokumen Pelaksanaan Anggaran")).containsExactly(
                "assignment by ppid-utama@kutai-timur", "decision by ppid-pelaksana.disdik@kutai-timur");
        assertThat(steps("kutai-timur", "Berita acara pemeriksaan")).containsExactly(
                "decision by ppid-utama@kutai-timur", "objections by anonymous",
                "objections/decision by atasan-ppid@kutai-timur", "dispute by anonymous",
                "dispute by ppid-utama@kutai-timur");
        assertThat(steps("kutai-timur", "Data ruas jalan")).containsExactly("forwarding by ppid-utama@kutai-timur");
        assertThat(steps("kutai-timur", "Jadwal penertiban reklame")).containsExactly("withdrawal by anonymous");
        assertThat(steps("kutai-timur", "Rekapitulasi izin usaha")).containsExactly(
                "assignment by ppid-utama@kutai-timur", "extension by ppid-pelaksana.dpmptsp@kutai-timur");
        assertThat(writes).anyMatch(w -> w.startsWith("PATCH ") && w.endsWith("/dispute ppid-utama@kutai-timur"));
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        step().apply(gateway.api(), quiet());
        int first = writes.size();

        step().apply(gateway.api(), quiet());

        assertThat(gateway.problems()).isEmpty();
        assertThat(writes).hasSize(first);
    }
}

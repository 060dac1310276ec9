package id.terbuka.launcher.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.terbuka.launcher.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Drives the complaint step against a stub of the gateway (a real HTTP server on loopback) that logs in demo
 * accounts, lists units and keeps complaints with their status, checking who does each step and that the reporter
 * code of the receipt is what accepts and reopens.
 */
class ComplaintDemoStepTest {

    private HttpServer server;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    /** tenant → tracking id → complaint (title, status, unitId, code). */
    private final Map<String, Map<String, Map<String, Object>>> complaints = new ConcurrentHashMap<>();
    private final List<String> units = new CopyOnWriteArrayList<>(List.of("DISKOMINFO", "DISDIK", "DINKES",
            "BAPPEDA", "BPKAD", "DPMPTSP", "PUPR", "DINSOS", "DLH", "SATPOLPP"));

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", this::handle);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } catch (RuntimeException e) {
            problems.add(e.toString());
            respond(exchange, 500, "{}");
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String who = auth == null ? "" : auth.substring("Bearer ".length());
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (path.equals("/api/v1/auth/token")) {
            respond(exchange, 200, Json.write(Map.of("accessToken", Json.at(Json.parse(raw), "username"))));
            return;
        }
        String[] parts = path.split("/");
        String tenant = parts[3];
        Map<String, Map<String, Object>> stored = complaints.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
        if (parts[4].equals("units")) {
            List<Object> listing = new ArrayList<>();
            units.forEach(code -> listing.add(Map.of("id", "id-" + code, "code", code, "name", code)));
            respond(exchange, 200, Json.write(listing));
            return;
        }
        if (method.equals("GET") && parts.length == 5) {
            check(who.equals("complaint-coordinator@" + tenant), "work list read by " + who);
            respond(exchange, 200, Json.write(Map.of("items", new ArrayList<>(stored.values()), "page", 0,
                    "totalPages", 1)));
            return;
        }
        writes.add(method + " " + path + " " + who);
        Object body = Json.parse(raw);
        if (method.equals("POST") && parts.length == 5) {
            check(who.isEmpty(), "filed without an account, not by " + who);
            check(Json.at(body, "location", "lat") instanceof Number, "a location");
            String id = "ADU-" + tenant.length() + "X" + stored.size();
            Map<String, Object> complaint = new LinkedHashMap<>();
            complaint.put("trackingId", id);
            complaint.put("title", Json.at(body, "title"));
            complaint.put("status", "RECEIVED");
            complaint.put("code", "CODE-" + id);
            stored.put(id, complaint);
            respond(exchange, 201, Json.write(Map.of("trackingId", id, "status", "RECEIVED",
                    "reporterCode", "CODE-" + id)));
            return;
        }
        Map<String, Object> complaint = stored.get(parts[5]);
        check(complaint != null, "unknown complaint " + path);
        switch (parts[6]) {
            case "verification" -> {
                check(who.equals("complaint-coordinator@" + tenant), "verified by " + who);
                boolean rejected = "REJECTED".equals(Json.at(body, "outcome"));
                check(!rejected || Json.at(body, "reason") != null, "a reason");
                complaint.put("status", rejected ? "REJECTED" : "VERIFIED");
            }
            case "dispatch" -> {
                check(who.equals("complaint-coordinator@" + tenant), "dispatched by " + who);
                check("VERIFIED".equals(complaint.get("status")), "verified before dispatch");
                complaint.put("status", "DISPATCHED");
                complaint.put("unitId", Json.at(body, "unitId"));
            }
            case "follow-ups" -> {
                String unit = ((String) complaint.get("unitId")).substring(3).toLowerCase();
                check(who.equals("complaint-liaison." + unit + "@" + tenant), "follow-up by " + who);
                complaint.put("status", Json.at(body, "status"));
                respond(exchange, 201, Json.write(complaint));
                return;
            }
            case "acceptance", "reopening" -> {
                check(who.isEmpty() && complaint.get("code").equals(Json.at(body, "reporterCode")),
                        "the reporter with the code");
                check("RESPONDED".equals(complaint.get("status")), "answered first");
                complaint.put("status", parts[6].equals("acceptance") ? "CLOSED" : "REOPENED");
            }
            default -> throw new IllegalStateException("unexpected " + method + " " + path);
        }
        respond(exchange, 200, Json.write(complaint));
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("failed: " + what);
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private PublicApi api() {
        return new PublicApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void eachRegencyGetsOneComplaintInEveryState() throws Exception {
        ComplaintDemoStep.demoRegencies().apply(api(), quiet());

        assertThat(problems).isEmpty();
        for (String tenant : UnitsStep.DEMO_REGENCIES) {
            assertThat(complaints.get(tenant).values()).extracting(c -> (String) c.get("status"))
                    .containsExactlyInAnyOrder("RECEIVED", "VERIFIED", "DISPATCHED", "IN_PROGRESS", "RESPONDED",
                            "CLOSED", "REJECTED", "REOPENED");
            assertThat(complaints.get(tenant).values()).filteredOn(c -> "CLOSED".equals(c.get("status")))
                    .extracting(c -> c.get("unitId")).containsExactly("id-DLH");
        }
    }

    @Test
    void aSecondRunAddsNothing() throws Exception {
        ComplaintDemoStep.demoRegencies().apply(api(), quiet());
        int firstRun = writes.size();

        ComplaintDemoStep.demoRegencies().apply(api(), quiet());

        assertThat(writes).hasSize(firstRun);
        assertThat(complaints.get("samarinda")).hasSize(ComplaintDemoStep.COMPLAINTS.size());
    }

    @Test
    void aMissingUnitStopsWithAClearMessage() {
        units.remove("DLH");
        assertThatThrownBy(() -> ComplaintDemoStep.demoRegencies().apply(api(), quiet()))
                .isInstanceOf(DemoException.class).hasMessageContaining("DLH");
    }
}

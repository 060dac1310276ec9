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
 * Drives the complaint step against a stub of the gateway (a real HTTP server on loopback) that logs in demo
 * accounts, lists units and keeps complaints with their status, checking who does each step and that the reporter
 * code of the receipt is what accepts and reopens.
 */
class ComplaintDemoStepTest {

    private StubGateway gateway;
    private final List<String> writes = new CopyOnWriteArrayList<>();
    /** tenant → tracking id → complaint (title, status, unitId, code). */
    private final Map<String, Map<String, Map<String, Object>>> complaints = new ConcurrentHashMap<>();

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
        String raw = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String[] parts = path.split("/");
        String tenant = parts[3];
        Map<String, Map<String, Object>> stored = complaints.computeIfAbsent(tenant, t -> new ConcurrentHashMap<>());
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

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void eachRegencyGetsOneComplaintInEveryState() throws Exception {
        ComplaintDemoStep.demoRegencies().apply(gateway.api(), quiet());

        assertThat(gateway.problems()).isEmpty();
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
        ComplaintDemoStep.demoRegencies().apply(gateway.api(), quiet());
        int firstRun = writes.size();

        ComplaintDemoStep.demoRegencies().apply(gateway.api(), quiet());

        assertThat(writes).hasSize(firstRun);
        assertThat(complaints.get("samarinda")).hasSize(ComplaintDemoStep.COMPLAINTS.size());
    }

    @Test
    void aMissingUnitStopsWithAClearMessage() {
        gateway.units().remove("DLH");
        assertThatThrownBy(() -> ComplaintDemoStep.demoRegencies().apply(gateway.api(), quiet()))
                .isInstanceOf(DemoException.class).hasMessageContaining("DLH");
    }
}

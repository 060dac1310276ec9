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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives the units step against a stub of identity's unit API (a real HTTP server on loopback) that remembers. */
class UnitsStepTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final Map<String, Set<String>> codesByTenant = new ConcurrentHashMap<>();
    private volatile int refuseWith = 0;

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", this::units);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private void units(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        URI uri = exchange.getRequestURI();
        requests.add(exchange.getRequestMethod() + " " + uri + (auth == null ? "" : " " + auth));
        String tenant = uri.getPath().split("/")[3];
        Set<String> codes = codesByTenant.computeIfAbsent(tenant, t -> ConcurrentHashMap.newKeySet());
        if (exchange.getRequestMethod().equals("GET")) {
            List<Object> listing = new ArrayList<>();
            codes.forEach(code -> listing.add(Map.of("id", tenant + "-" + code, "code", code, "name", code)));
            respond(exchange, 200, Json.write(listing));
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        posted.add(tenant + " " + body);
        if (refuseWith != 0) {
            respond(exchange, refuseWith, "{\"title\":\"Forbidden\",\"type\":\"https://terbuka.id/problems/forbidden\"}");
            return;
        }
        String code = (String) Json.at(Json.parse(body), "code");
        respond(exchange, codes.add(code) ? 201 : 409, "{\"code\":\"" + code + "\"}");
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
    void createsTheTenOpdsInEachDemoRegency() throws Exception {
        UnitsStep.demoRegencies().apply(api(), quiet());

        assertThat(posted).hasSize(30);
        assertThat(codesByTenant.keySet()).containsExactlyInAnyOrder("kutai-kartanegara", "kutai-timur", "samarinda");
        codesByTenant.values().forEach(codes -> assertThat(codes).containsExactlyInAnyOrder("DISKOMINFO", "DISDIK",
                "DINKES", "BAPPEDA", "BPKAD", "DPMPTSP", "PUPR", "DINSOS", "DLH", "SATPOLPP"));
        Object first = Json.parse(posted.getFirst().substring(posted.getFirst().indexOf(' ') + 1));
        assertThat(Json.at(first, "code")).isEqualTo("DISKOMINFO");
        assertThat(Json.at(first, "name")).isEqualTo("Dinas Komunikasi dan Informatika");
        assertThat(Json.at(first, "kind")).isEqualTo("DINAS");
        assertThat(requests).filteredOn(r -> r.startsWith("GET"))
                .containsExactly("GET /api/v1/kutai-kartanegara/units?includeClosed=true",
                        "GET /api/v1/kutai-timur/units?includeClosed=true",
                        "GET /api/v1/samarinda/units?includeClosed=true");
    }

    @Test
    void addsOnlyTheUnitsThatAreMissingSoASecondRunChangesNothing() throws Exception {
        codesByTenant.put("kutai-timur", ConcurrentHashMap.newKeySet());
        codesByTenant.get("kutai-timur").addAll(List.of("DISKOMINFO", "DINKES"));

        UnitsStep.demoRegencies().apply(api(), quiet());
        assertThat(posted).hasSize(28);
        assertThat(posted).filteredOn(p -> p.startsWith("kutai-timur ")).hasSize(8)
                .noneMatch(p -> p.contains("\"DISKOMINFO\"") || p.contains("\"DINKES\""));

        posted.clear();
        UnitsStep.demoRegencies().apply(api(), quiet());
        assertThat(posted).isEmpty();
    }

    @Test
    void sendsTheLoadersTokenOnEveryCall() throws Exception {
        new DemoLoader(List.of(new UnitsStep(List.of("samarinda"), UnitsStep.STANDARD_OPDS.subList(0, 1))),
                api -> Optional.of("province-admin-token"))
                .load(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5), quiet());

        assertThat(requests).containsExactly(
                "GET /api/v1/samarinda/units?includeClosed=true Bearer province-admin-token",
                "POST /api/v1/samarinda/units Bearer province-admin-token");
    }

    @Test
    void failsWithWhatThePlatformAnswered() {
        refuseWith = 403;

        assertThatThrownBy(() -> new DemoLoader(List.of(UnitsStep.demoRegencies()), TokenProvider.anonymous())
                .load(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5), quiet()))
                .isInstanceOf(DemoException.class)
                .hasMessageContaining("OPDs of the demo regencies")
                .hasMessageContaining("kutai-kartanegara")
                .hasMessageContaining("DISKOMINFO")
                .hasMessageContaining("HTTP 403");
    }

    @Test
    void sendsCodesAndKindsThatIdentityAccepts() {
        Set<String> kinds = Set.of("DINAS", "BADAN", "SEKRETARIAT", "INSPEKTORAT", "KECAMATAN", "SATUAN", "LAINNYA");
        assertThat(UnitsStep.STANDARD_OPDS).hasSize(10).allSatisfy(unit -> {
            assertThat(unit.code()).matches("[A-Z0-9]+(-[A-Z0-9]+)*").hasSizeBetween(2, 30);
            assertThat(unit.name()).hasSizeBetween(3, 150);
            assertThat(kinds).contains(unit.kind());
        });
        assertThat(UnitsStep.STANDARD_OPDS).extracting(UnitsStep.DemoUnit::code).doesNotHaveDuplicates();
    }
}

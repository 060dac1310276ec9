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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives the demo loader against a stub of the gateway's tenant API (a real HTTP server on loopback). */
class DemoLoaderTest {

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> postedBodies = new CopyOnWriteArrayList<>();
    private volatile String listing = "[]";
    private volatile int postStatus = 201;
    private final AtomicInteger unavailableAnswersLeft = new AtomicInteger();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/tenants", this::tenants);
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private void tenants(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        requests.add(exchange.getRequestMethod() + (auth == null ? "" : " " + auth));
        if (unavailableAnswersLeft.getAndDecrement() > 0) {
            respond(exchange, 503, "{\"title\":\"identity-service unavailable\"}");
            return;
        }
        if (exchange.getRequestMethod().equals("GET")) {
            respond(exchange, 200, listing);
        } else {
            postedBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, postStatus, postStatus == 500 ? "{\"title\":\"boom\"}" : "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private URI gateway() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** The tenants step alone: this stub gateway serves only the tenant list. */
    private static DemoLoader tenantsOnly() {
        return new DemoLoader(List.of(new TenantsStep(DemoTenant.KALTIM)), TokenProvider.anonymous());
    }

    @Test
    void loadsTenantsThenTheirUnitsThenTheStaffAccountsThenTheCitizen() {
        assertThat(DemoLoader.standardSteps()).extracting(step -> step.getClass().getSimpleName())
                .startsWith("TenantsStep", "UnitsStep", "StaffAccountsStep", "CitizenStep");
    }

    @Test
    void registersTheFourDemoTenantsWithTheirRegionCodes() throws Exception {
        tenantsOnly().load(gateway(), Duration.ofSeconds(5), quiet());

        assertThat(postedBodies).hasSize(4);
        Object first = Json.parse(postedBodies.getFirst());
        assertThat(Json.at(first, "slug")).isEqualTo("kaltim");
        assertThat(Json.at(first, "name")).isEqualTo("Provinsi Kalimantan Timur");
        assertThat(Json.at(first, "regionCode")).isEqualTo("64");
        assertThat(Json.at(first, "province")).isEqualTo("Kalimantan Timur");
        assertThat(Json.at(first, "timeZone")).isEqualTo("Asia/Makassar");
        assertThat(postedBodies).extracting(b -> Json.at(Json.parse(b), "regionCode"))
                .containsExactly("64", "64.02", "64.08", "64.72");
    }

    @Test
    void registersOnlyTheTenantsNotListedYet() throws Exception {
        listing = "{\"content\":[{\"slug\":\"kaltim\"},{\"slug\":\"samarinda\"}]}";

        tenantsOnly().load(gateway(), Duration.ofSeconds(5), quiet());

        assertThat(postedBodies).extracting(b -> Json.at(Json.parse(b), "slug"))
                .containsExactly("kutai-kartanegara", "kutai-timur");
    }

    @Test
    void acceptsATenantRegisteredMeanwhile() throws Exception {
        postStatus = 409;

        tenantsOnly().load(gateway(), Duration.ofSeconds(5), quiet());

        assertThat(postedBodies).hasSize(4);
    }

    @Test
    void waitsWhileTheGatewayCannotReachTheServiceYet() throws Exception {
        unavailableAnswersLeft.set(2);

        tenantsOnly().load(gateway(), Duration.ofSeconds(30), quiet());

        assertThat(postedBodies).hasSize(4);
        assertThat(requests).hasSize(2 + 1 + 4);
    }

    @Test
    void failsWithWhatThePlatformAnswered() {
        postStatus = 500;

        assertThatThrownBy(() -> tenantsOnly().load(gateway(), Duration.ofSeconds(5), quiet()))
                .isInstanceOf(DemoException.class)
                .hasMessageContaining("tenants of the demo province")
                .hasMessageContaining("kaltim")
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("boom");
    }

    @Test
    void sendsTheTokenItObtainedOnEveryCall() throws Exception {
        listing = "[{\"slug\":\"kaltim\"},{\"slug\":\"kutai-kartanegara\"},{\"slug\":\"kutai-timur\"}]";
        TokenProvider login = api -> Optional.of("demo-token");

        new DemoLoader(List.of(new TenantsStep(DemoTenant.KALTIM)), login).load(gateway(), Duration.ofSeconds(5), quiet());

        assertThat(requests).containsExactly("GET Bearer demo-token", "POST Bearer demo-token");
    }

    @Test
    void readsSlugsFromAListOrAPage() throws Exception {
        assertThat(TenantsStep.slugsIn("[{\"slug\":\"a\"},{\"name\":\"no slug\"}]")).containsExactly("a");
        assertThat(TenantsStep.slugsIn("{\"items\":[{\"slug\":\"b\"}],\"total\":1}")).containsExactly("b");
        assertThatThrownBy(() -> TenantsStep.slugsIn("<html>")).isInstanceOf(DemoException.class);
    }
}

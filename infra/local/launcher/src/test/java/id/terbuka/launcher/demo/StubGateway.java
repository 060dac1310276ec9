package id.terbuka.launcher.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.terbuka.launcher.Json;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stub of the gateway for the demo steps' tests: a real HTTP server on loopback that logs any demo account in (the
 * token is the user name, so handlers see who calls) and lists the ten standard OPDs (id {@code id-<code>}); every
 * other call goes to the test's handler. A handler that throws answers 500 and leaves the failure in
 * {@link #problems()}, for the test to assert none happened.
 */
final class StubGateway implements AutoCloseable {

    /** Answers one call; {@code caller} is the signed-in account, or empty. */
    @FunctionalInterface
    interface Handler {
        void answer(HttpExchange exchange, String caller) throws IOException;
    }

    private final HttpServer server;
    private final Handler handler;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> units = new CopyOnWriteArrayList<>(UnitsStep.STANDARD_OPDS.stream()
            .map(UnitsStep.DemoUnit::code).toList());

    private StubGateway(Handler handler) throws IOException {
        this.handler = handler;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/", this::handle);
        server.start();
    }

    static StubGateway start(Handler handler) throws IOException {
        return new StubGateway(handler);
    }

    PublicApi api() {
        return new PublicApi(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(5));
    }

    /** Failures inside handlers. */
    List<String> problems() {
        return problems;
    }

    /** The unit codes the tenant lists; a test may remove one. */
    List<String> units() {
        return units;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/v1/auth/token")) {
                Object login = Json.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                respond(exchange, 200, Json.write(Map.of("accessToken", Json.at(login, "username"))));
                return;
            }
            String[] parts = path.split("/");
            if (parts.length == 5 && parts[4].equals("units")) {
                List<Object> listing = new ArrayList<>();
                units.forEach(code -> listing.add(Map.of("id", "id-" + code, "code", code, "name", code)));
                respond(exchange, 200, Json.write(listing));
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            handler.answer(exchange, auth == null ? "" : auth.substring("Bearer ".length()));
        } catch (RuntimeException e) {
            problems.add(e.toString());
            respond(exchange, 500, "{}");
        }
    }

    static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** Fails the call (and so the test) when the demo step did something it should not. */
    static void check(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("failed: " + what);
        }
    }
}

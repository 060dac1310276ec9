package id.terbuka.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The README's run command, end to end: the launcher brings the platform up from nothing, the demo province is
 * loaded through the public API, an event crosses from identity-service to catalogue-service, the gateway
 * degrades cleanly when a service dies and recovers when it is restarted, stopping leaves nothing behind, and
 * data survives a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LocalPlatformSmokeIT {

    /** From nothing to "ready", demo data of every service included (about 3 minutes on two busy cores). */
    private static final Duration STARTUP = Duration.ofMinutes(8);
    private static final List<String> DEMO_TENANTS = List.of("kaltim", "kutai-kartanegara", "kutai-timur", "samarinda");
    private static final List<String> COMPONENTS = List.of("mongodb", "kafka", "discovery", "identity-service",
            "catalogue-service", "request-service", "complaint-service", "news-service", "gateway");
    private static final int[] PORTS = {27027, 19092, 19093, 8761, 8081, 8082, 8083, 8084, 8085, 8080};

    /** A regency of the demo province that the demo data does not register. */
    private static final String NEW_SLUG = "berau";
    private static final String NEW_TENANT = """
            {"slug":"berau","name":"Kabupaten Berau","regionCode":"64.03","province":"Kalimantan Timur",\
            "timeZone":"Asia/Makassar"}""";

    private static Path root;
    private static Path runDir;
    private static Path outputDir;
    private static LauncherProcess platform;
    private static boolean tenantRegistered;
    private static int launches;
    private final Http http = new Http();

    @BeforeAll
    static void startPlatformFromAnEmptyRunFolder() throws Exception {
        root = Path.of(System.getProperty("terbuka.root", "..")).toAbsolutePath().normalize();
        runDir = root.resolve("e2e/target/run");
        outputDir = root.resolve("e2e/target/launcher-output");
        assertThat(LauncherProcess.launcherJar(root))
                .as("launcher jar (build it: ./mvnw -B -q -DskipTests install)").isRegularFile();
        for (int port : PORTS) {
            assertThat(portFree(port)).as("port %d must be free for the smoke test; is a platform running"
                    + " (./run status, ./run stop)?", port).isTrue();
        }
        deleteTree(runDir);
        platform = launch();
    }

    @AfterAll
    static void stopPlatformEvenAfterAFailure() throws Exception {
        if (platform != null && platform.isAlive()) {
            platform.terminate(Duration.ofMinutes(3));
        }
        if (runDir != null && Files.isDirectory(runDir)) {
            // Sweeps what the launcher could not stop (e.g. it was killed), by the pid files.
            LauncherProcess stop = LauncherProcess.start(root, outputDir.resolve("stop.log"),
                    "stop", "--run-dir", runDir.toString());
            stop.awaitExit(Duration.ofMinutes(3));
        }
    }

    @Test
    @Order(1)
    void gatewayListsTheDemoProvinceTenants() throws Exception {
        Http.Answer tenants = http.get(Http.GATEWAY + "/api/v1/tenants", Duration.ofSeconds(20));

        assertThat(tenants.status()).as("%s", tenants).isEqualTo(200);
        assertThat(Http.slugs(tenants.body())).containsAll(DEMO_TENANTS);
    }

    @Test
    @Order(1)
    void demoAccountsLogInWithTheClaimsOfTheirRole() throws Exception {
        assertThat(claims(http.login("warga@kutai-timur", demoPassword())))
                .as("the demo citizen, signed up and verified by e-mail through the API")
                .contains("\"tenant\":\"kutai-timur\"", "\"roles\":[\"CITIZEN\"]");
        assertThat(claims(http.login("ppid-pelaksana.dinkes@kutai-timur", demoPassword())))
                .contains("\"tenant\":\"kutai-timur\"", "\"roles\":[\"PPID_PELAKSANA\"]", "\"unit\":");
    }

    /** The payload of a JWT as JSON text. */
    private static String claims(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String demoPassword() {
        String configured = System.getenv("TERBUKA_DEMO_PASSWORD");
        return configured == null || configured.isBlank() ? "Terbuka-Demo-2026" : configured;
    }

    @Test
    @Order(2)
    void aRegisteredTenantReachesTheCatalogueThroughItsEvent() throws Exception {
        String information = Http.CATALOGUE + "/api/v1/" + NEW_SLUG + "/information";
        Http.Answer before = http.get(information, Duration.ofSeconds(10));
        assertThat(before.status()).as("catalogue before the tenant exists: %s", before).isEqualTo(404);

        Http.Answer anonymous = http.postJson(Http.GATEWAY + "/api/v1/tenants", NEW_TENANT);
        assertThat(anonymous.status()).as("registering a tenant needs a province admin: %s", anonymous).isEqualTo(401);

        String provinceAdmin = http.login("province-admin@kaltim", demoPassword());
        Http.Answer created = http.postJson(Http.GATEWAY + "/api/v1/tenants", NEW_TENANT, provinceAdmin);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        tenantRegistered = true;

        Http.Answer after = http.poll(information, Duration.ofSeconds(20), Duration.ofSeconds(3), a -> a.status() == 200);
        assertThat(after).as("catalogue-service learns the tenant from tenant-registered").isNotNull();
        assertThat(after.status()).as("%s", after).isEqualTo(200);
    }

    @Test
    @Order(3)
    void gatewayAnswersAProblemWhileCatalogueIsDownAndRecoversAfterItsRestart() throws Exception {
        assumeThat(tenantRegistered).as("needs the tenant of the previous step").isTrue();
        String throughGateway = Http.GATEWAY + "/api/v1/" + NEW_SLUG + "/information";
        Http.Answer healthy = http.poll(throughGateway, Duration.ofSeconds(60), Duration.ofSeconds(5), a -> a.status() == 200);
        assertThat(healthy).isNotNull();
        assertThat(healthy.status()).as("%s", healthy).isEqualTo(200);

        ProcessHandle catalogue = componentProcess("catalogue-service")
                .orElseThrow(() -> new AssertionError("no live catalogue-service in " + runDir.resolve("pids")));
        catalogue.destroyForcibly();
        assertThat(catalogue.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();

        long killedAt = System.nanoTime();
        Http.Answer degraded = http.poll(throughGateway, Duration.ofSeconds(2), Duration.ofSeconds(2),
                a -> a.status() == 503);
        double seconds = (System.nanoTime() - killedAt) / 1e9;
        assertThat(degraded).as("the gateway answers at all while catalogue-service is down").isNotNull();
        assertThat(degraded.status()).as("%s after %.1f s", degraded, seconds).isEqualTo(503);
        assertThat(seconds).as("503 within 2 s of the crash").isLessThanOrEqualTo(2.5);
        assertThat(degraded.contentType()).startsWith("application/problem+json");
        assertThat(degraded.body()).contains("catalogue-service");

        LauncherProcess restart = LauncherProcess.start(root, outputDir.resolve("restart-catalogue.log"),
                "restart", "catalogue-service", "--run-dir", runDir.toString());
        int exit = restart.awaitExit(Duration.ofMinutes(4));
        assertThat(exit).as("launcher restart catalogue-service:%n%s", restart.outputTail(40)).isZero();

        Http.Answer recovered = http.poll(throughGateway, Duration.ofSeconds(60), Duration.ofSeconds(5),
                a -> a.status() == 200);
        assertThat(recovered).isNotNull();
        assertThat(recovered.status()).as("gateway after the restart (not restarted itself): %s", recovered)
                .isEqualTo(200);
        assertThat(platform.isAlive()).as("the launcher keeps running while a component restarts").isTrue();
    }

    @Test
    @Order(4)
    void stoppingLeavesNothingBehindAndDataSurvivesARestart() throws Exception {
        List<ProcessHandle> children = new ArrayList<>();
        for (String component : COMPONENTS) {
            componentProcess(component).ifPresent(children::add);
        }
        assertThat(children).as("every component runs before the stop").hasSize(COMPONENTS.size());

        assertThat(platform.terminate(Duration.ofMinutes(3))).as("launcher stops within 3 min on SIGTERM").isTrue();

        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
            assertThat(child.isAlive()).as("pid %d still running after the stop", child.pid()).isFalse();
        }
        for (int port : PORTS) {
            assertThat(portFree(port)).as("port %d is free after the stop", port).isTrue();
        }

        platform = launch();
        Http.Answer tenants = http.get(Http.GATEWAY + "/api/v1/tenants", Duration.ofSeconds(20));
        assertThat(tenants.status()).as("%s", tenants).isEqualTo(200);
        assertThat(Http.slugs(tenants.body())).containsAll(DEMO_TENANTS);
        if (tenantRegistered) {
            assertThat(Http.slugs(tenants.body())).as("tenant registered before the restart").contains(NEW_SLUG);
            Http.Answer information = http.poll(Http.CATALOGUE + "/api/v1/" + NEW_SLUG + "/information",
                    Duration.ofSeconds(20), Duration.ofSeconds(3), a -> a.status() == 200);
            assertThat(information).isNotNull();
            assertThat(information.status()).as("catalogue kept its copy of the tenant: %s", information).isEqualTo(200);
        }
    }

    private static LauncherProcess launch() throws Exception {
        launches++;
        LauncherProcess launcher = LauncherProcess.start(root, outputDir.resolve("up-" + launches + ".log"),
                "up", "--run-dir", runDir.toString(), "--demo");
        long t0 = System.nanoTime();
        if (!launcher.awaitReady(STARTUP)) {
            String tail = launcher.outputTail(80);
            launcher.terminate(Duration.ofMinutes(3));
            fail("The platform did not print '%s' within %s (launch %d). Launcher output:%n%s%nComponent logs: %s",
                    LauncherProcess.READY_LINE, STARTUP, launches, tail, runDir.resolve("logs"));
        }
        System.out.printf("Platform launch %d ready in %.1f s%n", launches, (System.nanoTime() - t0) / 1e9);
        return launcher;
    }

    private static Optional<ProcessHandle> componentProcess(String component) throws IOException {
        Path pidFile = runDir.resolve("pids").resolve(component + ".pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        return first.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(first)).filter(ProcessHandle::isAlive);
    }

    private static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

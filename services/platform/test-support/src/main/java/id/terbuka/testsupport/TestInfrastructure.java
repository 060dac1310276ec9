package id.terbuka.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * One real Kafka broker and one real MongoDB-protocol server per test JVM, each started on first use and
 * stopped when the JVM exits.
 *
 * <pre>{@code
 * String bootstrap = TestInfrastructure.kafkaBootstrapServers(); // e.g. "127.0.0.1:41234"
 * String mongoUri = TestInfrastructure.mongoConnectionString(); // e.g. "mongodb://127.0.0.1:40321"
 * }</pre>
 *
 * The servers come from Testcontainers when a Docker engine is reachable and are embedded (in-process)
 * otherwise; {@code -Dterbuka.test.infrastructure=auto|embedded|containers} chooses (see
 * {@link InfrastructureMode}). They are shared by every test in the JVM, so tests isolate their data with
 * their own topic names, consumer groups and database or collection names instead of expecting empty
 * servers. Spring Boot tests use {@link RealInfrastructure} instead.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static final Object MODE_LOCK = new Object();
    private static final Object KAFKA_LOCK = new Object();
    private static final Object MONGO_LOCK = new Object();
    private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();

    private static volatile InfrastructureMode mode;
    private static volatile String kafkaBootstrapServers;
    private static volatile String mongoConnectionString;

    private TestInfrastructure() {
    }

    /** {@link InfrastructureMode#EMBEDDED} or {@link InfrastructureMode#CONTAINERS}, decided once per JVM. */
    public static InfrastructureMode mode() {
        InfrastructureMode resolved = mode;
        if (resolved == null) {
            synchronized (MODE_LOCK) {
                resolved = mode;
                if (resolved == null) {
                    long started = System.nanoTime();
                    InfrastructureMode requested =
                            InfrastructureMode.parse(System.getProperty(InfrastructureMode.PROPERTY));
                    resolved = requested.resolve(TestInfrastructure::dockerAvailable);
                    log.info("Test infrastructure: {} (-D{}={}, decided in {} ms)", resolved,
                            InfrastructureMode.PROPERTY, requested.name().toLowerCase(Locale.ROOT),
                            millisSince(started));
                    mode = resolved;
                }
            }
        }
        return resolved;
    }

    /** {@code host:port} of the shared Kafka broker, for {@code bootstrap.servers}; starts it if needed. */
    public static String kafkaBootstrapServers() {
        String value = kafkaBootstrapServers;
        if (value == null) {
            synchronized (KAFKA_LOCK) {
                value = kafkaBootstrapServers;
                if (value == null) {
                    InfrastructureMode current = mode();
                    long started = System.nanoTime();
                    value = current == InfrastructureMode.CONTAINERS
                            ? ContainerServers.startKafka(TestInfrastructure::stopAtExit)
                            : EmbeddedServers.startKafka(TestInfrastructure::stopAtExit);
                    log.info("Kafka ({}) ready on {} in {} ms", current, value, millisSince(started));
                    kafkaBootstrapServers = value;
                }
            }
        }
        return value;
    }

    /**
     * {@code mongodb://host:port} of the shared MongoDB-protocol server, without a database (append
     * {@code /<database>}); starts it if needed.
     */
    public static String mongoConnectionString() {
        String value = mongoConnectionString;
        if (value == null) {
            synchronized (MONGO_LOCK) {
                value = mongoConnectionString;
                if (value == null) {
                    InfrastructureMode current = mode();
                    long started = System.nanoTime();
                    value = current == InfrastructureMode.CONTAINERS
                            ? ContainerServers.startMongo(TestInfrastructure::stopAtExit)
                            : EmbeddedServers.startMongo(TestInfrastructure::stopAtExit);
                    log.info("MongoDB ({}) ready on {} in {} ms", current, value, millisSince(started));
                    mongoConnectionString = value;
                }
            }
        }
        return value;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            log.debug("Docker check failed", e);
            return false;
        }
    }

    /** Registers a started server to be stopped, last started first, when the JVM exits. */
    private static void stopAtExit(AutoCloseable server) {
        synchronized (STARTED) {
            if (STARTED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(
                        new Thread(TestInfrastructure::stopAll, "terbuka-test-infrastructure-stop"));
            }
            STARTED.push(server);
        }
    }

    private static void stopAll() {
        synchronized (STARTED) {
            while (!STARTED.isEmpty()) {
                AutoCloseable server = STARTED.pop();
                try {
                    server.close();
                } catch (Exception e) {
                    // The JVM is exiting: report and go on stopping the others.
                    System.err.println("Could not stop test server " + server + ": " + e);
                }
            }
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}

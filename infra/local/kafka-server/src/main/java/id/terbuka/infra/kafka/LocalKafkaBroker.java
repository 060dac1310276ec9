package id.terbuka.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Apache Kafka cluster (KRaft: one process acting as broker and controller) running
 * inside the current JVM, bound to 127.0.0.1 only.
 *
 * <pre>{@code
 * try (LocalKafkaBroker kafka = LocalKafkaBroker.builder().start()) {
 *     String bootstrap = kafka.bootstrapServers(); // "127.0.0.1:<port>"
 * }
 * }</pre>
 *
 * Without a data directory the broker writes to a fresh temporary directory that is deleted on
 * {@link #close()}; with one, the directory is formatted on first use only, so topics, records and
 * committed offsets survive a restart (the cluster id is kept).
 */
public final class LocalKafkaBroker implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    public static final int NODE_ID = 1;

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int PORT_ATTEMPTS = 3;

    private final Path dataDirectory;
    private final boolean temporaryDataDirectory;
    private final int brokerPort;
    private final int controllerPort;
    private final String clusterId;
    private final KafkaRaftServer server;
    private boolean closed;

    private LocalKafkaBroker(Path dataDirectory, boolean temporaryDataDirectory, int brokerPort,
                             int controllerPort, String clusterId, KafkaRaftServer server) {
        this.dataDirectory = dataDirectory;
        this.temporaryDataDirectory = temporaryDataDirectory;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.clusterId = clusterId;
        this.server = server;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a broker on free ports with a temporary data directory. */
    public static LocalKafkaBroker start() {
        return builder().start();
    }

    /** {@code 127.0.0.1:<broker port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + brokerPort;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** True when the data directory is temporary and deleted on close. */
    public boolean temporaryDataDirectory() {
        return temporaryDataDirectory;
    }

    public String clusterId() {
        return clusterId;
    }

    /** Shuts the broker down (flushing its logs) and deletes a temporary data directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            if (temporaryDataDirectory) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    @Override
    public String toString() {
        return "LocalKafkaBroker[" + bootstrapServers() + ", controller " + HOST + ":" + controllerPort
                + ", data " + dataDirectory + "]";
    }

    /** Options of a {@link LocalKafkaBroker}; every one has a single-node default. */
    public static final class Builder {

        private Path dataDirectory;
        private int brokerPort;
        private int controllerPort;
        private Duration startTimeout = Duration.ofSeconds(60);
        private final Map<String, String> overrides = new LinkedHashMap<>();

        private Builder() {
        }

        /** Keeps the broker's data in this directory (created when missing) across restarts. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Port of the client listener; 0 (default) picks a free one. */
        public Builder brokerPort(int port) {
            this.brokerPort = checkPort(port);
            return this;
        }

        /** Port of the KRaft controller listener; 0 (default) picks a free one. */
        public Builder controllerPort(int port) {
            this.controllerPort = checkPort(port);
            return this;
        }

        /** How long {@link #start()} waits for the broker to accept clients (default 60 s). */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout);
            return this;
        }

        /** Sets or overrides one broker configuration property (e.g. {@code log.retention.ms}). */
        public Builder brokerProperty(String name, String value) {
            overrides.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /** Formats the storage if needed, starts the broker and blocks until it accepts clients. */
        public LocalKafkaBroker start() {
            boolean temporary = dataDirectory == null;
            Path directory;
            try {
                directory = temporary ? Files.createTempDirectory("terbuka-kafka-") : dataDirectory;
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the Kafka data directory", e);
            }
            try {
                String clusterId = formatIfNeeded(directory.toAbsolutePath());
                // Free ports are picked before the broker binds them, so another process may take one in
                // between: retry with new ports (only for ports we picked ourselves).
                for (int attempt = 1; ; attempt++) {
                    int[] ports = choosePorts(brokerPort, controllerPort);
                    try {
                        KafkaRaftServer server = startServer(directory.toAbsolutePath(), ports[0], ports[1]);
                        return new LocalKafkaBroker(directory, temporary, ports[0], ports[1], clusterId, server);
                    } catch (IllegalStateException e) {
                        boolean portsWerePicked = brokerPort == 0 || controllerPort == 0;
                        if (!portsWerePicked || attempt >= PORT_ATTEMPTS || !isBindFailure(e)) {
                            throw e;
                        }
                        log.warn("Kafka ports {} were taken meanwhile, retrying with other ports", ports);
                    }
                }
            } catch (RuntimeException e) {
                if (temporary) {
                    deleteRecursively(directory);
                }
                throw e;
            }
        }

        private KafkaRaftServer startServer(Path directory, int port, int ctrlPort) {
            KafkaConfig config = new KafkaConfig(brokerConfig(directory, port, ctrlPort), false);
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                long started = System.nanoTime();
                server.startup();
                long serverUp = System.nanoTime();
                awaitClients(HOST + ":" + port, startTimeout);
                log.debug("Kafka server started in {} ms, accepted clients {} ms later",
                        (serverUp - started) / 1_000_000, (System.nanoTime() - serverUp) / 1_000_000);
                return server;
            } catch (Exception e) { // Scala code may throw checked exceptions undeclared
                try {
                    server.shutdown();
                    server.awaitShutdown();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new IllegalStateException("Kafka could not start on " + HOST + ":" + port
                        + " (controller " + ctrlPort + "): " + e.getMessage(), e);
            }
        }

        Map<String, String> brokerConfig(Path directory, int port, int ctrlPort) {
            Map<String, String> config = new HashMap<>();
            config.put("process.roles", "broker,controller");
            config.put("node.id", String.valueOf(NODE_ID));
            config.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + ctrlPort);
            config.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + port + ","
                    + CONTROLLER_LISTENER + "://" + HOST + ":" + ctrlPort);
            config.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + port);
            config.put("listener.security.protocol.map",
                    BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
            config.put("controller.listener.names", CONTROLLER_LISTENER);
            config.put("inter.broker.listener.name", BROKER_LISTENER);
            config.put("log.dirs", directory.toString());
            config.put("metadata.log.dir", directory.toString());

            // One node: every replication factor and ISR minimum is 1.
            config.put("default.replication.factor", "1");
            config.put("min.insync.replicas", "1");
            config.put("offsets.topic.replication.factor", "1");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            // Fewer internal partitions: the first consumer group and transaction come up much faster.
            config.put("offsets.topic.num.partitions", "5");
            config.put("transaction.state.log.num.partitions", "5");
            config.put("share.coordinator.state.topic.num.partitions", "5");

            config.put("num.partitions", "3");
            config.put("auto.create.topics.enable", "true");
            config.put("group.initial.rebalance.delay.ms", "0");

            // Small footprint: this broker shares a 2-core machine (or a test JVM) with everything else.
            config.put("num.network.threads", "2");
            config.put("num.io.threads", "4");
            config.put("background.threads", "4");
            config.put("num.recovery.threads.per.data.dir", "1");
            config.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
            config.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));

            // Controlled shutdown stays on: it fences the broker in the metadata log, so a restart on the
            // same data registers at once instead of waiting out the old session (broker.session.timeout.ms).
            config.putAll(overrides);
            return config;
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            return port;
        }
    }

    /** Formats a new data directory; for an existing one only reads its cluster id. */
    private static String formatIfNeeded(Path directory) {
        Path metaProperties = directory.resolve("meta.properties");
        if (Files.exists(metaProperties)) {
            Properties meta = new Properties();
            try (InputStream in = Files.newInputStream(metaProperties)) {
                meta.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + metaProperties, e);
            }
            String nodeId = meta.getProperty("node.id");
            if (!String.valueOf(NODE_ID).equals(nodeId)) {
                throw new IllegalStateException(directory + " belongs to Kafka node " + nodeId
                        + ", not to a local single-node broker");
            }
            return meta.getProperty("cluster.id");
        }
        long started = System.nanoTime();
        String clusterId = Uuid.randomUuid().toString();
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setDirectories(List.of(directory.toString()))
                .setMetadataLogDirectory(directory.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
        try {
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka data directory " + directory, e);
        }
        log.debug("Formatted {} for cluster {} in {} ms", directory, clusterId, (System.nanoTime() - started) / 1_000_000);
        return clusterId;
    }

    /** Blocks until the broker answers an Admin request, i.e. it is registered and unfenced. */
    private static void awaitClients(String bootstrapServers, Duration timeout) {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.CLIENT_ID_CONFIG, "terbuka-local-kafka-readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(adminConfig)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                } catch (Exception e) {
                    last = e;
                }
                sleep(50);
            }
        }
        throw new IllegalStateException("Kafka at " + bootstrapServers + " did not accept clients within "
                + timeout, last);
    }

    private static int[] choosePorts(int brokerPort, int controllerPort) {
        // Both sockets stay open until both ports are known, so the two picks cannot collide.
        try (ServerSocket first = brokerPort == 0 ? freeSocket() : null;
             ServerSocket second = controllerPort == 0 ? freeSocket() : null) {
            return new int[] {
                    first != null ? first.getLocalPort() : brokerPort,
                    second != null ? second.getLocalPort() : controllerPort};
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port on " + HOST, e);
        }
    }

    private static ServerSocket freeSocket() throws IOException {
        return new ServerSocket(0, 1, InetAddress.getByName(HOST));
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Cannot delete {}: {}", path, e.toString());
                }
            });
        } catch (IOException e) {
            log.warn("Cannot delete {}: {}", directory, e.toString());
        }
    }
}

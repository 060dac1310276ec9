package id.terbuka.infra.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link LocalKafkaBroker} as its own process until SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -jar terbuka-local-kafka-0.1.0-SNAPSHOT-exec.jar [--data-dir DIR] [--port 19092] [--controller-port 19093]
 * </pre>
 *
 * Prints exactly one line {@code Kafka ready on 127.0.0.1:<port>} on standard output once clients can
 * connect; launchers wait for that line.
 */
public final class LocalKafkaMain {

    static final int DEFAULT_PORT = 19092;
    static final int DEFAULT_CONTROLLER_PORT = 19093;

    private LocalKafkaMain() {
    }

    public static void main(String[] args) {
        // Our own quiet logback configuration, unless the caller chose one. Set before any logger exists.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "terbuka-local-kafka-logback.xml");
        }
        Logger log = LoggerFactory.getLogger(LocalKafkaMain.class);

        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }

        LocalKafkaBroker.Builder builder = LocalKafkaBroker.builder()
                .brokerPort(options.port())
                .controllerPort(options.controllerPort());
        if (options.dataDirectory() != null) {
            builder.dataDirectory(options.dataDirectory());
        }

        long started = System.nanoTime();
        LocalKafkaBroker broker;
        try {
            broker = builder.start();
        } catch (Exception e) {
            log.error("Kafka could not start", e);
            System.exit(1);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                log.info("Stopping Kafka on {}", broker.bootstrapServers());
                broker.close();
                log.info("Kafka stopped");
            } finally {
                stopped.countDown();
            }
        }, "local-kafka-shutdown"));

        log.info("Started in {} ms, data in {} ({}), cluster id {}", millis, broker.dataDirectory(),
                broker.temporaryDataDirectory() ? "temporary" : "kept", broker.clusterId());
        System.out.println("Kafka ready on " + broker.bootstrapServers());
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Options(Path dataDirectory, int port, int controllerPort, boolean help) {

        static final String USAGE = "Usage: LocalKafkaMain [--data-dir DIR] [--port " + DEFAULT_PORT
                + "] [--controller-port " + DEFAULT_CONTROLLER_PORT + "]\n"
                + "  --data-dir         keep the broker's data here (default: a temporary directory, deleted on exit)\n"
                + "  --port             client listener port on 127.0.0.1 (0 = any free port)\n"
                + "  --controller-port  KRaft controller port on 127.0.0.1 (0 = any free port)";

        static Options parse(String... args) {
            Path dataDirectory = null;
            int port = DEFAULT_PORT;
            int controllerPort = DEFAULT_CONTROLLER_PORT;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                switch (name) {
                    case "-h", "--help" -> {
                        return new Options(dataDirectory, port, controllerPort, true);
                    }
                    case "--data-dir" -> dataDirectory = Path.of(value != null ? value : next(args, ++i, name));
                    case "--port" -> port = port(value != null ? value : next(args, ++i, name), name);
                    case "--controller-port" ->
                            controllerPort = port(value != null ? value : next(args, ++i, name), name);
                    default -> throw new IllegalArgumentException("Unknown option: " + arg);
                }
            }
            if (port != 0 && port == controllerPort) {
                throw new IllegalArgumentException("--port and --controller-port must differ");
            }
            return new Options(dataDirectory, port, controllerPort, false);
        }

        private static String next(String[] args, int index, String name) {
            if (index >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[index];
        }

        private static int port(String value, String name) {
            try {
                int port = Integer.parseInt(value);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a port number (0-65535), not: " + value);
            }
        }
    }
}

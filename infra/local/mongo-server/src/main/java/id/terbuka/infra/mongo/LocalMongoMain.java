package id.terbuka.infra.mongo;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link LocalMongoServer} as its own process until SIGTERM or Ctrl-C.
 *
 * <pre>
 * java -jar terbuka-local-mongo-0.1.0-SNAPSHOT-exec.jar [--data-file FILE.mv] [--port 27027]
 * </pre>
 *
 * In memory unless {@code --data-file} is given. Prints exactly one line
 * {@code MongoDB ready on 127.0.0.1:<port>} on standard output once clients can connect; on SIGTERM the
 * data file is written and closed before the process exits.
 */
public final class LocalMongoMain {

    static final int DEFAULT_PORT = 27027;

    private LocalMongoMain() {
    }

    public static void main(String[] args) {
        // Our own quiet logback configuration, unless the caller chose one. Set before any logger exists.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "terbuka-local-mongo-logback.xml");
        }
        Logger log = LoggerFactory.getLogger(LocalMongoMain.class);

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

        long started = System.nanoTime();
        LocalMongoServer server;
        try {
            server = LocalMongoServer.builder().dataFile(options.dataFile()).port(options.port()).start();
        } catch (Exception e) {
            log.error("MongoDB server could not start on port {}: {}", options.port(), e.getMessage());
            System.exit(1);
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                log.info("Stopping MongoDB server on {}", server.connectionString());
                server.close();
                log.info("MongoDB server stopped{}", server.isInMemory() ? "" : ", data file closed");
            } finally {
                stopped.countDown();
            }
        }, "local-mongo-shutdown"));

        log.info("Started in {} ms, {}, reporting MongoDB {}", millis,
                server.dataFile().map(f -> "data in " + f).orElse("in memory (nothing is kept)"),
                LocalMongoServer.SERVER_VERSION.getVersionArray());
        System.out.println("MongoDB ready on " + LocalMongoServer.HOST + ":" + server.port());
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Options(Path dataFile, int port, boolean help) {

        static final String USAGE = "Usage: LocalMongoMain [--data-file FILE.mv] [--port " + DEFAULT_PORT + "]\n"
                + "  --data-file  keep the data in this H2 MVStore file (default: in memory, lost on exit)\n"
                + "  --port       port on 127.0.0.1 (0 = any free port)";

        static Options parse(String... args) {
            Path dataFile = null;
            int port = DEFAULT_PORT;
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
                        return new Options(dataFile, port, true);
                    }
                    case "--data-file" -> dataFile = Path.of(value != null ? value : next(args, ++i, name));
                    case "--port" -> port = port(value != null ? value : next(args, ++i, name), name);
                    default -> throw new IllegalArgumentException("Unknown option: " + arg);
                }
            }
            return new Options(dataFile, port, false);
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

package id.terbuka.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;

/**
 * A MongoDB-wire-protocol server (<a href="https://github.com/bwaldvogel/mongo-java-server">mongo-java-server</a>)
 * running inside the current JVM on 127.0.0.1, either in memory or backed by one H2 MVStore file so that
 * data survives a restart.
 *
 * <pre>{@code
 * try (LocalMongoServer mongo = LocalMongoServer.inMemory()) {
 *     MongoClient client = MongoClients.create(mongo.connectionString());
 * }
 * }</pre>
 *
 * It is not MongoDB: no sessions (so no multi-document transactions), no {@code $text} search, no change
 * streams; TTL, partial and other non-unique indexes are accepted but not applied. See the module README.
 */
public final class LocalMongoServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    /**
     * The version the server reports. MongoDB Java driver 5.x refuses servers below wire version 8
     * (MongoDB 4.2); of mongo-java-server's versions only {@code MONGO_5_0} reports wire version 8.
     */
    public static final ServerVersion SERVER_VERSION = ServerVersion.MONGO_5_0;

    private final MongoServer server;
    private final Path dataFile;
    private final int port;
    private boolean closed;

    private LocalMongoServer(MongoServer server, Path dataFile, int port) {
        this.server = server;
        this.dataFile = dataFile;
        this.port = port;
    }

    /** An in-memory server on a free port. */
    public static LocalMongoServer inMemory() {
        return builder().start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code mongodb://127.0.0.1:<port>} (no database: append {@code /<name>} for one). */
    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /** The MVStore file holding the data; empty for the in-memory backend. */
    public Optional<Path> dataFile() {
        return Optional.ofNullable(dataFile);
    }

    public boolean isInMemory() {
        return dataFile == null;
    }

    /**
     * Stops listening, disconnects clients and closes the backend; for a file backend this writes every
     * pending change and releases the file lock. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdownNow();
    }

    @Override
    public String toString() {
        return "LocalMongoServer[" + connectionString() + ", " + (dataFile == null ? "in memory" : dataFile) + "]";
    }

    /** Options of a {@link LocalMongoServer}. */
    public static final class Builder {

        private Path dataFile;
        private int port;

        private Builder() {
        }

        /** Keeps the data in this H2 MVStore file (created with its parent directories when missing). */
        public Builder dataFile(Path dataFile) {
            this.dataFile = dataFile;
            return this;
        }

        /** Port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Not a port: " + port);
            }
            this.port = port;
            return this;
        }

        /** Opens the backend and binds the port; the server accepts clients when this returns. */
        public LocalMongoServer start() {
            Path file = dataFile == null ? null : dataFile.toAbsolutePath();
            MongoBackend backend = file == null ? new LocalBackends.InMemory() : openFile(file);
            backend.version(SERVER_VERSION);
            MongoServer server = new MongoServer(backend);
            try {
                server.bind(HOST, port);
            } catch (Exception e) { // Netty rethrows a BindException undeclared, so catch every Exception
                server.shutdownNow(); // closes the backend, releasing the file lock
                throw new IllegalStateException("Cannot bind the MongoDB server to " + HOST + ":" + port, e);
            }
            InetSocketAddress address = server.getLocalAddress();
            return new LocalMongoServer(server, file, address.getPort());
        }

        private static MongoBackend openFile(Path file) {
            try {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the directory of " + file, e);
            }
            return new LocalBackends.InFile(file.toString());
        }
    }
}

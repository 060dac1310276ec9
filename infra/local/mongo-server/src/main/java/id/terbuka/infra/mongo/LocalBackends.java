package id.terbuka.infra.mongo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The backends of {@link LocalMongoServer}: mongo-java-server's, plus the {@code hello} command, which it lacks (it
 * only knows its legacy name {@code isMaster}). Spring Boot 4's MongoDB health indicator runs {@code hello} on every
 * database, so without it {@code /actuator/health} would report MongoDB as DOWN against this server.
 */
final class LocalBackends {

    private LocalBackends() {
    }

    static boolean isHello(String command) {
        return "hello".equals(command);
    }

    /** The {@code isMaster} answer under the field names {@code hello} uses. */
    static Document fromIsMaster(Document isMaster) {
        Document hello = new Document(isMaster);
        hello.put("isWritablePrimary", isMaster.getOrDefault("ismaster", Boolean.TRUE));
        hello.remove("ismaster");
        return hello;
    }

    static final class InMemory extends MemoryBackend {
        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return isHello(command)
                    ? fromIsMaster(super.handleCommand(channel, databaseName, "isMaster", query))
                    : super.handleCommand(channel, databaseName, command, query);
        }
    }

    static final class InFile extends H2Backend {

        private final Map<String, MongoDatabase> opened = new ConcurrentHashMap<>();

        InFile(String fileName) {
            super(fileName);
            // the databases already in the file were opened by the constructor above
            for (String name : listDatabaseNames()) {
                opened.put(name, resolveDatabase(name));
            }
        }

        /**
         * Opens each database once. mongo-java-server answers {@code listDatabases} by opening every database
         * afresh, and opening one rebuilds its indexes from all its documents; the health indicator lists the
         * databases on every check, so with 100,000 documents each check held the server for minutes.
         */
        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            if (opened == null) { // called by H2Backend's constructor, before this class's fields exist
                return super.openOrCreateDatabase(databaseName);
            }
            return opened.computeIfAbsent(databaseName, super::openOrCreateDatabase);
        }

        @Override
        public void dropDatabase(String databaseName) {
            super.dropDatabase(databaseName);
            opened.remove(databaseName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return isHello(command)
                    ? fromIsMaster(super.handleCommand(channel, databaseName, "isMaster", query))
                    : super.handleCommand(channel, databaseName, command, query);
        }
    }
}

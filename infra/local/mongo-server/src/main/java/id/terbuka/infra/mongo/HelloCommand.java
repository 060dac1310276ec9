package id.terbuka.infra.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * Adds the {@code hello} command, which mongo-java-server lacks (it only knows its legacy name
 * {@code isMaster}). Spring Boot 4's MongoDB health indicator runs {@code hello} on every database, so
 * without it {@code /actuator/health} would report MongoDB as DOWN against this server.
 */
final class HelloCommand {

    private HelloCommand() {
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
        InFile(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            return isHello(command)
                    ? fromIsMaster(super.handleCommand(channel, databaseName, "isMaster", query))
                    : super.handleCommand(channel, databaseName, command, query);
        }
    }
}

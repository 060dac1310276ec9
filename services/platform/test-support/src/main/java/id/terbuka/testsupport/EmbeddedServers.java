package id.terbuka.testsupport;

import java.util.function.Consumer;

import id.terbuka.infra.kafka.LocalKafkaBroker;
import id.terbuka.infra.mongo.LocalMongoServer;

/** In-process servers from the local infrastructure modules; temporary data, free ports on 127.0.0.1. */
final class EmbeddedServers {

    private EmbeddedServers() {
    }

    static String startKafka(Consumer<AutoCloseable> stopAtExit) {
        LocalKafkaBroker broker = LocalKafkaBroker.start();
        stopAtExit.accept(broker);
        return broker.bootstrapServers();
    }

    static String startMongo(Consumer<AutoCloseable> stopAtExit) {
        LocalMongoServer server = LocalMongoServer.inMemory();
        stopAtExit.accept(server);
        return server.connectionString();
    }
}

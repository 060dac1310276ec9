package id.terbuka.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBackendsTest {

    @TempDir
    Path tempDir;

    private final Channel client = new EmbeddedChannel();

    @Test
    void listingTheDatabasesOfAFileDoesNotOpenThemAgain() {
        LocalBackends.InFile backend = new LocalBackends.InFile(tempDir.resolve("mongo.mv").toString());
        try {
            MongoDatabase catalogue = backend.resolveDatabase("catalogue");
            insert(backend, "catalogue", "entries", new Document("_id", "e1").append("title", "APBD 2026"));

            Document listed = backend.handleCommand(client, "admin", "listDatabases",
                    new Document("listDatabases", 1));

            assertThat(listed.get("databases").toString()).contains("catalogue");
            // each opening rebuilds the indexes from every document: the listing must use the open database
            assertThat(backend.openOrCreateDatabase("catalogue")).isSameAs(catalogue);
        } finally {
            backend.close();
        }
    }

    @Test
    void theDatabasesAlreadyInTheFileAreNotOpenedAgainEither() {
        String file = tempDir.resolve("mongo.mv").toString();
        LocalBackends.InFile first = new LocalBackends.InFile(file);
        insert(first, "catalogue", "entries", new Document("_id", "e1"));
        first.close();

        LocalBackends.InFile reopened = new LocalBackends.InFile(file);
        try {
            reopened.handleCommand(client, "admin", "listDatabases", new Document("listDatabases", 1));

            assertThat(reopened.openOrCreateDatabase("catalogue")).isSameAs(reopened.resolveDatabase("catalogue"));
        } finally {
            reopened.close();
        }
    }

    @Test
    void aDroppedDatabaseIsOpenedAfreshAndEmpty() {
        LocalBackends.InFile backend = new LocalBackends.InFile(tempDir.resolve("mongo.mv").toString());
        try {
            MongoDatabase first = backend.resolveDatabase("news");
            insert(backend, "news", "articles", new Document("_id", "a1"));

            backend.dropDatabase("news");

            MongoDatabase second = backend.resolveDatabase("news");
            assertThat(second).isNotSameAs(first);
            Document counted = backend.handleCommand(client, "news", "count", new Document("count", "articles"));
            assertThat(((Number) counted.get("n")).intValue()).isZero();
        } finally {
            backend.close();
        }
    }

    private void insert(LocalBackends.InFile backend, String database, String collection, Document document) {
        backend.handleCommand(client, database, "insert",
                new Document("insert", collection).append("documents", List.of(document)));
    }
}

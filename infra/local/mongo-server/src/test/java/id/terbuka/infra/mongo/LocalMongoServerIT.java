package id.terbuka.infra.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the MongoDB features the platform's outbox and ledger code relies on, against both backends,
 * with the real MongoDB Java driver. Where the server differs from MongoDB the test pins the difference
 * down, so an upgrade that changes it is noticed.
 */
class LocalMongoServerIT {

    private static final Logger log = LoggerFactory.getLogger(LocalMongoServerIT.class);

    @TempDir
    Path tempDir;

    @Test
    void theDriverAcceptsTheReportedServerVersion() {
        long started = System.nanoTime();
        try (LocalMongoServer mongo = LocalMongoServer.inMemory();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            log.info("In-memory server started in {} ms", (System.nanoTime() - started) / 1_000_000);
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());

            Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            assertThat(buildInfo.getString("version")).startsWith("5.0");

            MongoCollection<Document> requests = client.getDatabase("terbuka").getCollection("requests");
            requests.insertOne(new Document("_id", "REQ-1").append("subject", "Anggaran desa 2025"));
            assertThat(requests.find(Filters.eq("_id", "REQ-1")).first())
                    .containsEntry("subject", "Anggaran desa 2025");
        }
    }

    @ParameterizedTest(name = "{0} backend")
    @ValueSource(strings = {"memory", "file"})
    void answersTheHelloCommandThatSpringBootsHealthIndicatorRuns(String backend) {
        try (LocalMongoServer mongo = start(backend);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document hello = client.getDatabase("terbuka").runCommand(new Document("hello", 1));

            assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getInteger("maxWireVersion")).isEqualTo(8);
        }
    }

    @Test
    void keepsDocumentsAndUniqueIndexesWhenRestartedOnTheSameFile() {
        Path file = tempDir.resolve("data/mongo.mv");
        try (LocalMongoServer first = LocalMongoServer.builder().dataFile(file).start();
             MongoClient client = MongoClients.create(first.connectionString())) {
            MongoCollection<Document> users = client.getDatabase("identity").getCollection("users");
            users.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            users.insertOne(new Document("_id", "u1").append("email", "ani@example.id"));
        }
        assertThat(file).exists();

        long started = System.nanoTime();
        try (LocalMongoServer second = LocalMongoServer.builder().dataFile(file).start();
             MongoClient client = MongoClients.create(second.connectionString())) {
            log.info("File-backed server restarted in {} ms", (System.nanoTime() - started) / 1_000_000);
            MongoCollection<Document> users = client.getDatabase("identity").getCollection("users");
            assertThat(users.find(Filters.eq("_id", "u1")).first()).containsEntry("email", "ani@example.id");
            assertThatThrownBy(() -> users.insertOne(new Document("_id", "u2").append("email", "ani@example.id")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode()))
                                    .isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void failsWhenThePortIsTakenAndReleasesTheDataFile() throws Exception {
        Path file = tempDir.resolve("busy.mv");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> LocalMongoServer.builder().dataFile(file).port(taken.getLocalPort()).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + taken.getLocalPort());
        }
        try (LocalMongoServer mongo = LocalMongoServer.builder().dataFile(file).start()) {
            assertThat(mongo.dataFile()).contains(file.toAbsolutePath());
        }
    }

    @ParameterizedTest(name = "{0} backend")
    @ValueSource(strings = {"memory", "file"})
    void supportsFindAndModifyForClaimingOutboxEntries(String backend) {
        try (LocalMongoServer mongo = start(backend);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> outbox = client.getDatabase("t").getCollection("outbox");
            outbox.insertOne(new Document("_id", "e1").append("status", "PENDING").append("attempts", 0));

            Document claimed = outbox.findOneAndUpdate(Filters.eq("status", "PENDING"),
                    Updates.combine(Updates.set("status", "SENDING"), Updates.inc("attempts", 1)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            Document none = outbox.findOneAndUpdate(Filters.eq("status", "PENDING"), Updates.set("status", "X"));
            Document upserted = outbox.findOneAndUpdate(Filters.eq("_id", "e2"), Updates.set("status", "PENDING"),
                    new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));

            assertThat(claimed).containsEntry("status", "SENDING").containsEntry("attempts", 1);
            assertThat(none).isNull();
            assertThat(upserted).containsEntry("_id", "e2").containsEntry("status", "PENDING");
        }
    }

    @ParameterizedTest(name = "{0} backend")
    @ValueSource(strings = {"memory", "file"})
    void supportsPullFromArrays(String backend) {
        try (LocalMongoServer mongo = start(backend);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> ledger = client.getDatabase("t").getCollection("ledger");
            ledger.insertOne(new Document("_id", "c1").append("pending", List.of("a", "b", "c"))
                    .append("holds", List.of(new Document("by", "x").append("n", 1), new Document("by", "y"))));

            ledger.updateOne(Filters.eq("_id", "c1"), Updates.combine(
                    Updates.pull("pending", "b"),
                    Updates.pull("holds", new Document("by", "x"))));

            Document after = ledger.find(Filters.eq("_id", "c1")).first();
            assertThat(after.getList("pending", String.class)).containsExactly("a", "c");
            assertThat(after.getList("holds", Document.class)).extracting(d -> d.getString("by"))
                    .containsExactly("y");
        }
    }

    @ParameterizedTest(name = "{0} backend")
    @ValueSource(strings = {"memory", "file"})
    void rejectsDuplicateKeysOfAUniqueIndex(String backend) {
        try (LocalMongoServer mongo = start(backend);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> processed = client.getDatabase("t").getCollection("processed_events");
            processed.createIndex(Indexes.ascending("eventId", "consumer"), new IndexOptions().unique(true));
            processed.insertOne(new Document("eventId", "ev-1").append("consumer", "news"));
            processed.insertOne(new Document("eventId", "ev-1").append("consumer", "request"));

            assertThatThrownBy(() -> processed.insertOne(new Document("eventId", "ev-1").append("consumer", "news")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(11000);
                        assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY);
                    });
            assertThat(processed.countDocuments()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0} backend")
    @ValueSource(strings = {"memory", "file"})
    void honoursSparseUniqueIndexesButIgnoresPartialFilterExpressions(String backend) {
        try (LocalMongoServer mongo = start(backend);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoDatabase db = client.getDatabase("t");

            // Sparse + unique: documents without the field do not collide (as in MongoDB).
            MongoCollection<Document> citizens = db.getCollection("citizens");
            citizens.createIndex(Indexes.ascending("nik"), new IndexOptions().unique(true).sparse(true));
            citizens.insertOne(new Document("_id", 1));
            citizens.insertOne(new Document("_id", 2));
            citizens.insertOne(new Document("_id", 3).append("nik", "3201010101010001"));
            assertThatThrownBy(() -> citizens.insertOne(new Document("_id", 4).append("nik", "3201010101010001")))
                    .isInstanceOf(MongoWriteException.class);

            // Partial + unique: created without error, but the filter is NOT applied — the server indexes
            // every document, so it rejects a duplicate that MongoDB would accept.
            MongoCollection<Document> slugs = db.getCollection("slugs");
            slugs.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true)
                    .partialFilterExpression(Filters.eq("status", "PUBLISHED")));
            slugs.insertOne(new Document("slug", "banjir").append("status", "DRAFT"));
            assertThatThrownBy(() -> slugs.insertOne(new Document("slug", "banjir").append("status", "DRAFT")))
                    .as("mongo-java-server ignores partialFilterExpression")
                    .isInstanceOf(MongoWriteException.class);
        }
    }

    @ParameterizedTest(name = "{0} backend")
    @ValueSource(strings = {"memory", "file"})
    void acceptsTtlIndexesWithoutExpiringDocuments(String backend) throws Exception {
        try (LocalMongoServer mongo = start(backend);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> tokens = client.getDatabase("t").getCollection("tokens");
            tokens.createIndex(Indexes.ascending("expiresAt"),
                    new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
            tokens.insertOne(new Document("_id", "t1").append("expiresAt", new java.util.Date(0)));

            List<String> indexNames = new ArrayList<>();
            tokens.listIndexes().forEach(index -> indexNames.add(index.getString("name")));
            assertThat(indexNames).contains("expiresAt_1");
            // MongoDB would delete the document within about a minute; this server never does.
            assertThat(tokens.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void hasNoMultiDocumentTransactionsAndNoTextSearch() {
        try (LocalMongoServer mongo = LocalMongoServer.inMemory();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> news = client.getDatabase("t").getCollection("news");
            news.insertOne(new Document("title", "Festival budaya"));

            assertThatThrownBy(() -> news.find(Filters.text("budaya")).first()).isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> {
                try (ClientSession session = client.startSession()) {
                    session.withTransaction(() -> news.insertOne(session, new Document("title", "x")));
                }
            }).isInstanceOf(MongoException.class);
        }
    }

    @Test
    void mainPrintsTheReadyLineAndFlushesTheDataFileOnSigterm() throws Exception {
        Path file = tempDir.resolve("main/mongo.mv");
        List<String> output = new CopyOnWriteArrayList<>();
        Process process = startMain(file);
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        // Read the output on its own thread: Process.destroy() would close the pipe under the test.
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.add(line);
                    if (line.startsWith("MongoDB ready on 127.0.0.1:")) {
                        ready.complete(Integer.parseInt(line.substring("MongoDB ready on 127.0.0.1:".length())));
                    }
                }
            } catch (IOException ignored) {
                // closed when the process ends
            }
            ready.completeExceptionally(new AssertionError("no ready line, output: " + output));
        });
        try {
            int port = ready.get(60, TimeUnit.SECONDS);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                client.getDatabase("news").getCollection("articles")
                        .insertOne(new Document("_id", "a1").append("title", "Disimpan sebelum SIGTERM"));
            }
            assertThat(process.toHandle().destroy()).isTrue(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            reader.join(5_000);
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("exit status, output %s", output).isEqualTo(143);
        assertThat(output).anyMatch(line -> line.contains("data file closed"));

        try (LocalMongoServer again = LocalMongoServer.builder().dataFile(file).start();
             MongoClient client = MongoClients.create(again.connectionString())) {
            assertThat(client.getDatabase("news").getCollection("articles").find(Filters.eq("_id", "a1")).first())
                    .containsEntry("title", "Disimpan sebelum SIGTERM");
        }
    }

    private LocalMongoServer start(String backend) {
        return "file".equals(backend)
                ? LocalMongoServer.builder().dataFile(tempDir.resolve(backend + ".mv")).start()
                : LocalMongoServer.inMemory();
    }

    private static Process startMain(Path dataFile) throws IOException {
        Path execJar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            execJar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run 'package' first: no target/*-exec.jar"));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-jar", execJar.toString(),
                "--data-file", dataFile.toString(), "--port", "0")
                .redirectErrorStream(true)
                .start();
    }
}

package id.terbuka.infra.kafka;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LocalKafkaBrokerIT {

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBrokerIT.class);

    @TempDir
    Path tempDir;

    @Test
    void producesAndConsumesOnAnAutoCreatedTopicWithThreePartitions() throws Exception {
        long started = System.nanoTime();
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start()) {
            log.info("Temporary-directory broker started in {} ms", (System.nanoTime() - started) / 1_000_000);
            assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.brokerPort());
            assertThat(kafka.brokerPort()).isPositive().isNotEqualTo(kafka.controllerPort());

            String topic = "permohonan-" + UUID.randomUUID();
            produce(kafka, topic, List.of("satu", "dua", "tiga"));

            assertThat(consumeAll(kafka, topic, 3)).containsExactlyInAnyOrder("satu", "dua", "tiga");
            assertThat(partitionCount(kafka, topic)).isEqualTo(3);
        }
    }

    @Test
    void deletesItsTemporaryDataDirectoryOnClose() {
        LocalKafkaBroker kafka = LocalKafkaBroker.start();
        Path directory = kafka.dataDirectory();
        assertThat(kafka.temporaryDataDirectory()).isTrue();
        assertThat(directory.resolve("meta.properties")).exists();

        kafka.close();
        kafka.close(); // idempotent

        assertThat(directory).doesNotExist();
    }

    @Test
    void failsWithTheTakenPortInsteadOfHangingWhenTheBrokerPortIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Path dataDirectory = tempDir.resolve("port-taken");

            assertThatThrownBy(() -> LocalKafkaBroker.builder().dataDirectory(dataDirectory).brokerPort(port).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
    }

    @Test
    void keepsRecordsAndClusterIdWhenRestartedOnTheSameDataDirectory() throws Exception {
        Path dataDirectory = tempDir.resolve("kafka-data");
        String topic = "pengaduan-" + UUID.randomUUID();
        String clusterId;
        try (LocalKafkaBroker first = LocalKafkaBroker.builder().dataDirectory(dataDirectory).start()) {
            assertThat(first.temporaryDataDirectory()).isFalse();
            clusterId = first.clusterId();
            produce(first, topic, List.of("sebelum-restart-1", "sebelum-restart-2"));
        }
        assertThat(dataDirectory.resolve("meta.properties")).exists();

        long started = System.nanoTime();
        try (LocalKafkaBroker second = LocalKafkaBroker.builder().dataDirectory(dataDirectory).start()) {
            log.info("Broker restarted on existing data in {} ms", (System.nanoTime() - started) / 1_000_000);
            assertThat(second.clusterId()).isEqualTo(clusterId);
            assertThat(describeClusterId(second)).isEqualTo(clusterId);
            assertThat(consumeAll(second, topic, 2))
                    .containsExactlyInAnyOrder("sebelum-restart-1", "sebelum-restart-2");
        }
        assertThat(dataDirectory).exists();
    }

    @Test
    void mainPrintsTheReadyLineAndShutsDownCleanlyOnSigterm() throws Exception {
        Path dataDirectory = tempDir.resolve("main-data");
        String topic = "berita-" + UUID.randomUUID();
        List<String> output = new CopyOnWriteArrayList<>();

        Process process = startMain(dataDirectory);
        // Read the output on its own thread: destroy() closes the pipe, so the test must not own it.
        CompletableFuture<String> ready = new CompletableFuture<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.add(line);
                    if (line.startsWith("Kafka ready on ")) {
                        ready.complete(line.substring("Kafka ready on ".length()));
                    }
                }
            } catch (IOException ignored) {
                // the stream closes when the process is destroyed
            }
            ready.completeExceptionally(new AssertionError("no ready line, output: " + output));
        });
        try {
            String bootstrap = ready.get(90, TimeUnit.SECONDS);
            assertThat(bootstrap).as("ready line in %s", output).matches("127\\.0\\.0\\.1:\\d+");

            try (KafkaProducer<String, String> producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>(topic, "k", "disimpan")).get(30, TimeUnit.SECONDS);
            }

            // SIGTERM through the handle: Process.destroy() would also close our end of the output pipe.
            assertThat(process.toHandle().destroy()).isTrue();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            reader.join(5_000);
        } finally {
            process.destroyForcibly();
        }
        // 143 = 128 + SIGTERM: the JVM's normal exit status after running shutdown hooks on a signal.
        assertThat(process.exitValue()).as("exit status, output %s", output).isEqualTo(143);
        assertThat(output).anyMatch(line -> line.contains("Kafka stopped"));

        // A clean shutdown leaves the record readable by the next broker on the same directory.
        try (LocalKafkaBroker again = LocalKafkaBroker.builder().dataDirectory(dataDirectory).start()) {
            assertThat(consumeAll(again, topic, 1)).containsExactly("disimpan");
        }
    }

    private static Process startMain(Path dataDirectory) throws IOException {
        Path execJar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            execJar = files.filter(f -> f.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run 'package' first: no target/*-exec.jar"));
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-jar", execJar.toString(),
                "--data-dir", dataDirectory.toString(), "--port", "0", "--controller-port", "0")
                .redirectErrorStream(true)
                .start();
    }

    private static void produce(LocalKafkaBroker kafka, String topic, List<String> values) throws Exception {
        try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(topic, value, value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(LocalKafkaBroker kafka, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }

    private static int partitionCount(LocalKafkaBroker kafka, String topic)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return admin.describeTopics(Set.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }

    private static String describeClusterId(LocalKafkaBroker kafka) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return admin.describeCluster().clusterId().get();
        }
    }
}

package id.terbuka.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestInfrastructureIT {

    @Test
    void resolvesTheModeTheSystemPropertyAsksFor() {
        InfrastructureMode requested = InfrastructureMode.parse(System.getProperty(InfrastructureMode.PROPERTY));

        assertThat(TestInfrastructure.mode()).isIn(InfrastructureMode.EMBEDDED, InfrastructureMode.CONTAINERS);
        if (requested != InfrastructureMode.AUTO) {
            assertThat(TestInfrastructure.mode()).isEqualTo(requested);
        }
    }

    @Test
    void sharesOneKafkaBrokerThatDeliversRecords() throws Exception {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        assertThat(TestInfrastructure.kafkaBootstrapServers()).isSameAs(bootstrap);
        if (TestInfrastructure.mode() == InfrastructureMode.EMBEDDED) {
            assertThat(bootstrap).startsWith("127.0.0.1:");
        }

        String topic = "test-support-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "REQ-1", "permohonan diterima")).get(30, TimeUnit.SECONDS);
        }

        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-support-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.key() + "=" + record.value());
                }
            }
        }
        assertThat(received).containsExactly("REQ-1=permohonan diterima");
    }

    @Test
    void sharesOneMongoServerThatStoresDocuments() {
        String uri = TestInfrastructure.mongoConnectionString();
        assertThat(TestInfrastructure.mongoConnectionString()).isSameAs(uri);
        assertThat(uri).startsWith("mongodb://").doesNotEndWith("/");

        String database = "test_support_" + UUID.randomUUID().toString().replace("-", "");
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> complaints = client.getDatabase(database).getCollection("complaints");
            complaints.insertOne(new Document("_id", "ADU-1").append("status", "DITERIMA"));

            assertThat(complaints.find(Filters.eq("_id", "ADU-1")).first()).containsEntry("status", "DITERIMA");
        }
        // A second client sees the same server and data.
        try (MongoClient other = MongoClients.create(uri)) {
            assertThat(other.getDatabase(database).getCollection("complaints").countDocuments()).isEqualTo(1);
        }
    }
}

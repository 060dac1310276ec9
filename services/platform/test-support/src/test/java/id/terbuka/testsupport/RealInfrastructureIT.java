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
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaTemplate;

@SpringBootTest(classes = TestApplication.class)
@RealInfrastructure
class RealInfrastructureIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    MongoClient mongoClient;

    @Autowired
    MongoConnectionDetails mongoConnectionDetails;

    @Test
    void bootsKafkaAutoConfigurationPublishesToTheSharedBroker() throws Exception {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
                .isEqualTo(TestInfrastructure.kafkaBootstrapServers());

        String topic = "real-infrastructure-" + UUID.randomUUID();
        kafkaTemplate.send(topic, "NEWS-1", "berita terbit").get(30, TimeUnit.SECONDS);

        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "real-infrastructure-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.value());
                }
            }
        }
        assertThat(received).containsExactly("berita terbit");
    }

    @Test
    void bootsMongoClientWritesToTheTestDatabaseOfTheSharedServer() {
        String database = mongoConnectionDetails.getConnectionString().getDatabase();
        assertThat(database).isEqualTo("terbuka_test");
        assertThat(environment.getProperty("spring.mongodb.uri"))
                .isEqualTo(TestInfrastructure.mongoConnectionString() + "/terbuka_test");

        String id = UUID.randomUUID().toString();
        mongoClient.getDatabase(database).getCollection("requests").insertOne(new Document("_id", id));

        try (MongoClient direct = MongoClients.create(TestInfrastructure.mongoConnectionString())) {
            assertThat(direct.getDatabase("terbuka_test").getCollection("requests")
                    .find(Filters.eq("_id", id)).first()).isNotNull();
        }
    }

    @Test
    void bootsMongoHealthIndicatorReportsUp() {
        assertThat(new MongoHealthIndicator(mongoClient).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void sharesTheApplicationContextWithOtherRealInfrastructureTests() {
        SeenContexts.assertReused(context);
    }
}

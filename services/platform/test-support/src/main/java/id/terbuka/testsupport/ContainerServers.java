package id.terbuka.testsupport;

import java.util.function.Consumer;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers servers: the real MongoDB and Apache Kafka images. Images can be overridden with
 * {@code -Dterbuka.test.mongo-image=...} and {@code -Dterbuka.test.kafka-image=...} (e.g. a registry
 * mirror); the Kafka image must be {@code apache/kafka} or {@code apache/kafka-native}.
 */
final class ContainerServers {

    static final String MONGO_IMAGE_PROPERTY = "terbuka.test.mongo-image";
    static final String KAFKA_IMAGE_PROPERTY = "terbuka.test.kafka-image";
    static final String DEFAULT_MONGO_IMAGE = "mongo:8.0";
    // The GraalVM native image starts in well under a second, the JVM one (apache/kafka) in several.
    static final String DEFAULT_KAFKA_IMAGE = "apache/kafka-native:4.1.2";

    private ContainerServers() {
    }

    static String startKafka(Consumer<AutoCloseable> stopAtExit) {
        DockerImageName image = DockerImageName.parse(System.getProperty(KAFKA_IMAGE_PROPERTY, DEFAULT_KAFKA_IMAGE))
                .asCompatibleSubstituteFor("apache/kafka");
        KafkaContainer kafka = new KafkaContainer(image)
                // Same single-node defaults as the embedded broker, so tests behave alike in both modes.
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5");
        kafka.start();
        stopAtExit.accept(kafka::stop);
        return kafka.getBootstrapServers();
    }

    static String startMongo(Consumer<AutoCloseable> stopAtExit) {
        MongoDBContainer mongo = new MongoDBContainer(
                DockerImageName.parse(System.getProperty(MONGO_IMAGE_PROPERTY, DEFAULT_MONGO_IMAGE))
                        .asCompatibleSubstituteFor("mongo"));
        mongo.start();
        stopAtExit.accept(mongo::stop);
        return mongo.getConnectionString();
    }
}

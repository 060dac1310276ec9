package id.terbuka.platform.events.config;

import id.terbuka.events.contracts.Topics;
import id.terbuka.platform.events.consume.EventDispatcher;
import id.terbuka.platform.events.consume.EventSubscription;
import id.terbuka.platform.events.consume.PoisonEventException;
import id.terbuka.platform.events.consume.ProcessedEventLedger;
import id.terbuka.platform.events.kafka.KafkaHealthIndicator;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.events.outbox.OutboxSaveCallbacks;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import id.terbuka.platform.events.relay.OutboxMetrics;
import id.terbuka.platform.events.relay.OutboxRelay;
import id.terbuka.platform.events.relay.RelaySettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.core.JacksonException;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event machinery every service gets: the outbox relay to its own topic, the listener containers for the
 * event types it subscribes to (idempotent through the processed-event ledger, poison records to
 * {@code <topic>.dlt}), topic creation and the Kafka readiness check.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@EnableConfigurationProperties(EventsProperties.class)
public class EventsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventsAutoConfiguration.class);

    @Bean
    KafkaTemplate<String, byte[]> cloudEventTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        // No duplicates or reordering from the producer's own retries.
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100);
        config.putIfAbsent(ProducerConfig.RETRY_BACKOFF_MAX_MS_CONFIG, 2000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    CloudEventPublisher cloudEventPublisher(KafkaTemplate<String, byte[]> cloudEventTemplate,
                                            @Value("${spring.application.name:terbuka}") String application) {
        return new CloudEventPublisher(cloudEventTemplate, URI.create("/terbuka/" + application));
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry meters) {
        return new OutboxMetrics(meters);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, CloudEventPublisher publisher,
                            OutboxMetrics metrics, EventsProperties properties, Clock clock,
                            @Value("${spring.application.name:terbuka}") String application) {
        EventsProperties.Relay relay = properties.relay();
        RelaySettings settings = new RelaySettings(relay.sweepInterval(), relay.retryInterval(), relay.lease(),
                relay.batchSize(), relay.sendTimeout(), relay.metricsInterval());
        return new OutboxRelay(mongo, () -> outboxCollections(mappingContext), publisher, metrics, settings,
                application + "-" + UUID.randomUUID(), clock);
    }

    /** Every collection that stores an aggregate can hold pending events. */
    static List<String> outboxCollections(MongoMappingContext mappingContext) {
        List<String> collections = new ArrayList<>();
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (AggregateRoot.class.isAssignableFrom(entity.getType()) && entity.isAnnotationPresent(
                    org.springframework.data.mongodb.core.mapping.Document.class)) {
                collections.add(entity.getCollection());
            }
        }
        return collections;
    }

    @Bean
    OutboxSaveCallbacks outboxSaveCallbacks(ObjectProvider<Tracer> tracer, @Lazy OutboxRelay relay) {
        return new OutboxSaveCallbacks(tracer, relay::nudge);
    }

    @Bean
    ProcessedEventLedger processedEventLedger(MongoTemplate mongo, Clock clock, EventsProperties properties) {
        return new ProcessedEventLedger(mongo, clock, properties.consumer().ledgerRetention());
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties(), Duration.ofSeconds(2));
    }

    @Bean
    @ConditionalOnProperty("terbuka.events.topic")
    KafkaAdmin.NewTopics ownTopics(EventsProperties properties) {
        TopicBuilder topic = TopicBuilder.name(properties.topic())
                .partitions(properties.partitions()).replicas(properties.replicationFactor());
        if (properties.retention() != null) {
            topic.config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(
                    properties.retention().isNegative() ? -1 : properties.retention().toMillis()));
        }
        NewTopic deadLetters = TopicBuilder.name(Topics.deadLetter(properties.topic()))
                .partitions(1).replicas(properties.replicationFactor()).build();
        return new KafkaAdmin.NewTopics(topic.build(), deadLetters);
    }

    @Bean
    @ConditionalOnBean(EventSubscription.class)
    EventDispatcher eventDispatcher(List<EventSubscription<?>> subscriptions, ProcessedEventLedger ledger,
                                    MeterRegistry meters) {
        return new EventDispatcher(subscriptions, ledger, meters);
    }

    @Bean
    @ConditionalOnBean(EventSubscription.class)
    ConcurrentMessageListenerContainer<String, byte[]> eventListenerContainer(
            EventDispatcher dispatcher, KafkaProperties kafka, EventsProperties properties,
            KafkaTemplate<String, byte[]> cloudEventTemplate, MeterRegistry meters,
            @Value("${spring.application.name:terbuka}") String application) {
        String group = properties.consumer().group() != null ? properties.consumer().group() : application;
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A new consumer group (a new service, a rebuilt local copy) starts from the beginning of the topic.
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);

        ContainerProperties containerProperties = new ContainerProperties(dispatcher.topics().toArray(String[]::new));
        containerProperties.setGroupId(group);
        containerProperties.setAckMode(ContainerProperties.AckMode.RECORD);
        containerProperties.setObservationEnabled(true);
        containerProperties.setMessageListener(dispatcher);

        ConcurrentMessageListenerContainer<String, byte[]> container =
                new ConcurrentMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(config), containerProperties);
        container.setCommonErrorHandler(errorHandler(cloudEventTemplate, properties.consumer(), meters));
        return container;
    }

    private static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template,
                                                    EventsProperties.Consumer consumer, MeterRegistry meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, error) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(consumer.maxRetries());
        backOff.setInitialInterval(consumer.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, error) -> {
            log.error("Event at {}-{}@{} failed after retries and goes to {}: {}", record.topic(), record.partition(),
                    record.offset(), Topics.deadLetter(record.topic()), error.toString());
            Counter.builder("terbuka.events.dead-lettered").tag("topic", record.topic())
                    .description("Events parked on the dead-letter topic").register(meters).increment();
            deadLetters.accept(record, error);
        }, backOff);
        handler.addNotRetryableExceptions(PoisonEventException.class, JacksonException.class);
        return handler;
    }
}

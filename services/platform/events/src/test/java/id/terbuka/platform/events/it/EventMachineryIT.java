package id.terbuka.platform.events.it;

import id.terbuka.events.contracts.Topics;
import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import id.terbuka.platform.events.relay.OutboxMetrics;
import id.terbuka.platform.events.relay.OutboxRelay;
import id.terbuka.platform.events.relay.RelaySettings;
import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.RealInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox relay, CloudEvents envelope, idempotent consumption and dead-lettering, on real Kafka and MongoDB. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealInfrastructure
class EventMachineryIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    CloudEventPublisher publisher;
    @Autowired
    MeterRegistry meters;
    @Autowired
    LocalTenantDirectory directory;

    @Test
    void publishesARecordedEventAsABinaryCloudEventKeyedByAggregate() {
        Parcel parcel = new Parcel(UUID.randomUUID().toString());
        parcel.register("kutai-timur", Instant.parse("2026-03-02T01:00:00Z"));
        String eventId = parcel.pendingEvents().getFirst().eventId();
        mongo.save(parcel);

        ConsumerRecord<String, byte[]> record = awaitRecord(Topics.IDENTITY, eventId);
        assertThat(record.key()).isEqualTo(parcel.id());
        assertThat(EventProbe.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(EventProbe.header(record, "ce_type")).isEqualTo("id.terbuka.identity.tenant-registered.v1");
        assertThat(EventProbe.header(record, "ce_source")).isEqualTo("/terbuka/events-test");
        assertThat(EventProbe.header(record, "ce_subject")).isEqualTo(parcel.id());
        assertThat(EventProbe.header(record, "ce_tenant")).isEqualTo("kutai-timur");
        assertThat(EventProbe.header(record, "ce_time")).startsWith("2026-03-02T01:00");
        assertThat(EventProbe.header(record, "content-type")).isEqualTo("application/json");
        TenantRegistered payload = EventJson.read(record.value(), TenantRegistered.class);
        assertThat(payload.slug()).isEqualTo("kutai-timur");

        await(() -> pendingIn(parcel.id()) == 0, "outbox emptied after the broker acknowledged");
    }

    @Test
    void keepsEventsWhileKafkaIsUnreachableAndPublishesThemWhenItIsBack() {
        relay.stop();
        OutboxRelay unreachable = relayTo("127.0.0.1:1");
        try {
            Parcel parcel = new Parcel(UUID.randomUUID().toString());
            parcel.register("samarinda-" + UUID.randomUUID(), Instant.now());
            String eventId = parcel.pendingEvents().getFirst().eventId();
            mongo.save(parcel);

            assertThat(unreachable.publishPending()).isZero();
            assertThat(pendingIn(parcel.id())).isEqualTo(1);
            unreachable.stop();

            relay.start();
            assertThat(awaitRecord(Topics.IDENTITY, eventId).key()).isEqualTo(parcel.id());
            await(() -> pendingIn(parcel.id()) == 0, "published after Kafka came back");
        } finally {
            unreachable.stop();
            if (!relay.isRunning()) {
                relay.start();
            }
        }
    }

    @Test
    void losesNoEventAppendedWhileTheRelayIsPublishing() throws Exception {
        String id = UUID.randomUUID().toString();
        mongo.save(new Parcel(id));
        int writers = 4;
        int perWriter = 10;
        Set<String> recorded = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int w = 0; w < writers; w++) {
                pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        while (true) {
                            Parcel parcel = mongo.findById(id, Parcel.class);
                            Set<String> before = ids(parcel.pendingEvents());
                            parcel.register("kutai-kartanegara", Instant.now());
                            Set<String> after = ids(parcel.pendingEvents());
                            after.removeAll(before);
                            try {
                                mongo.save(parcel);
                                recorded.addAll(after);
                                break;
                            } catch (OptimisticLockingFailureException concurrentWriter) {
                                // another writer saved first: reload and record again
                            }
                        }
                    }
                    return null;
                });
            }
        }
        assertThat(recorded).hasSize(writers * perWriter);
        Set<String> published = awaitEventIds(Topics.IDENTITY, recorded);
        assertThat(published).containsAll(recorded);
        await(() -> pendingIn(id) == 0, "outbox drained");
    }

    @Test
    void appliesAnEventOnceEvenWhenItIsDeliveredTwice() throws Exception {
        String slug = "kutai-" + UUID.randomUUID();
        OutboxEvent event = outboxEvent(slug);
        publisher.send(event).get();
        publisher.send(event).get();

        await(() -> duplicatesSkipped() >= 1 && applied(slug) == 1, "second delivery recognised as a duplicate");
        Thread.sleep(500);
        assertThat(applied(slug)).isEqualTo(1);
        assertThat(directory.exists(slug)).isTrue();
    }

    @Test
    void parksAPoisonMessageOnTheDeadLetterTopicAndKeepsConsuming() throws Exception {
        OutboxEvent broken = new OutboxEvent(UUID.randomUUID().toString(), TenantRegistered.TYPE.type(),
                Topics.IDENTITY, "poison-aggregate", "kutai-timur", Instant.now(), "{\"slug\": [not json", null);
        publisher.send(broken).get();
        String failingSlug = "poison-" + UUID.randomUUID();
        OutboxEvent failing = outboxEvent(failingSlug);
        publisher.send(failing).get();
        String healthySlug = "healthy-" + UUID.randomUUID();
        publisher.send(outboxEvent(healthySlug)).get();

        assertThat(awaitRecord(Topics.deadLetter(Topics.IDENTITY), broken.eventId())).isNotNull();
        ConsumerRecord<String, byte[]> parked = awaitRecord(Topics.deadLetter(Topics.IDENTITY), failing.eventId());
        assertThat(EventProbe.header(parked, "kafka_dlt-exception-message")).contains("handler failure");
        await(() -> applied(healthySlug) == 1, "the event after the poison ones is still applied");
    }

    @Test
    void reportsTheBacklogOfPendingEvents() {
        relay.stop();
        try {
            Parcel parcel = new Parcel(UUID.randomUUID().toString());
            parcel.register("backlog", Instant.now().minusSeconds(120));
            mongo.save(parcel);
            OutboxMetrics metrics = new OutboxMetrics(new SimpleMeterRegistry());
            OutboxRelay probe = new OutboxRelay(mongo, () -> List.of("parcels"), failingPublisher(), metrics,
                    settings(), "probe", Clock.systemUTC());
            probe.publishPending();
            probe.stop();
            assertThat(metrics.pending()).isGreaterThanOrEqualTo(1);
        } finally {
            relay.start();
        }
    }

    // --- helpers

    private OutboxRelay relayTo(String bootstrap) {
        return new OutboxRelay(mongo, () -> List.of("parcels"), publisherTo(bootstrap),
                new OutboxMetrics(new SimpleMeterRegistry()), settings(), "unreachable-" + UUID.randomUUID(),
                Clock.systemUTC());
    }

    private CloudEventPublisher failingPublisher() {
        return publisherTo("127.0.0.1:1");
    }

    private static CloudEventPublisher publisherTo(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 600);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 300);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return new CloudEventPublisher(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config)),
                URI.create("/terbuka/unreachable"));
    }

    private static RelaySettings settings() {
        return new RelaySettings(Duration.ofMillis(100), Duration.ofSeconds(2), 50, Duration.ofSeconds(2),
                Duration.ZERO);
    }

    private OutboxEvent outboxEvent(String slug) {
        TenantRegistered payload = new TenantRegistered(UUID.randomUUID().toString(), slug, "Kab " + slug, "64.01",
                "Kalimantan Timur", "Asia/Makassar", null, null, null);
        return new OutboxEvent(UUID.randomUUID().toString(), TenantRegistered.TYPE.type(), Topics.IDENTITY,
                payload.tenantId(), slug, Instant.now(), EventJson.write(payload), null);
    }

    private static Set<String> ids(List<OutboxEvent> events) {
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.eventId()));
        return ids;
    }

    private String parcelId(Parcel parcel) {
        return parcel.pendingEvents().isEmpty() ? null : parcel.pendingEvents().getFirst().subject();
    }

    private int pendingIn(String parcelId) {
        Document doc = mongo.findById(parcelId, Document.class, "parcels");
        return doc == null ? 0 : doc.getList(AggregateRoot.OUTBOX_FIELD, Object.class, List.of()).size();
    }

    private int applied(String slug) {
        Document doc = mongo.findById(slug, Document.class, EventsTestApplication.APPLIED);
        return doc == null ? 0 : doc.getInteger("count");
    }

    private double duplicatesSkipped() {
        var counter = meters.find("terbuka.events.consumed").tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String topic, String eventId) {
        try (KafkaConsumer<String, byte[]> consumer = EventProbe.consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (eventId.equals(EventProbe.header(record, "ce_id"))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record with ce_id " + eventId + " on " + topic);
    }

    private static Set<String> awaitEventIds(String topic, Set<String> wanted) {
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, byte[]> consumer = EventProbe.consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && !seen.containsAll(wanted)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(EventProbe.header(record, "ce_id"));
                }
            }
        }
        return seen;
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}

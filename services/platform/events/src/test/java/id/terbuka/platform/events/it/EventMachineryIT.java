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
import id.terbuka.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.Counter;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox relay, CloudEvents envelope, idempotent consumption and dead-lettering, on real Kafka and MongoDB.
 * The context's relay sweeps only at start-up (test {@code application.yml}), so what it publishes afterwards
 * came through the hint of a save.
 */
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

        awaitUntil(() -> pendingIn(parcel.id()) == 0, "outbox emptied after the broker acknowledged");
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
            awaitUntil(() -> pendingIn(parcel.id()) == 0, "published after Kafka came back");
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
        awaitUntil(() -> pendingIn(id) == 0, "outbox drained");
    }

    @Test
    void appliesAnEventOnceEvenWhenItIsDeliveredTwice() throws Exception {
        String slug = "kutai-" + UUID.randomUUID();
        OutboxEvent event = outboxEvent(slug);
        publisher.send(event).get();
        publisher.send(event).get();

        awaitUntil(() -> duplicatesSkipped() >= 1 && applied(slug) == 1, "second delivery recognised as a duplicate");
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
        awaitUntil(() -> applied(healthySlug) == 1, "the event after the poison ones is still applied");
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

    @Test
    void publishesASavedAggregateByIdWithoutWaitingForASweep() {
        double sweepsBefore = sweeps();
        relay.stop();
        relay.start();
        awaitUntil(() -> sweeps() > sweepsBefore, "the start-up sweep finished");
        double sweepsAfterStartUp = sweeps();

        Parcel parcel = new Parcel(UUID.randomUUID().toString());
        parcel.register("berau", Instant.now());
        parcel.register("berau", Instant.now());
        List<String> eventIds = parcel.pendingEvents().stream().map(OutboxEvent::eventId).toList();
        mongo.save(parcel);

        assertThat(awaitFirstArrivals(Topics.IDENTITY, Map.of(parcel.id(), eventIds)).get(parcel.id()))
                .containsExactlyElementsOf(eventIds);
        awaitUntil(() -> pendingIn(parcel.id()) == 0, "outbox emptied by the hinted publish");
        assertThat(sweeps()).as("no sweep ran meanwhile").isEqualTo(sweepsAfterStartUp);
    }

    @Test
    void aHintedPublishThatFailsLeavesTheEventForTheNextSweep() {
        relay.stop();
        SimpleMeterRegistry unreachableMeters = new SimpleMeterRegistry();
        OutboxRelay unreachable = new OutboxRelay(mongo, () -> List.of("parcels"), failingPublisher(),
                new OutboxMetrics(unreachableMeters), settings(Duration.ofHours(1)),
                "unreachable-" + UUID.randomUUID(), Clock.systemUTC());
        try {
            unreachable.start();
            awaitUntil(() -> sweeps(unreachableMeters) >= 1, "its start-up sweep finished");
            double failedBefore = failedSends(unreachableMeters);
            Parcel parcel = new Parcel(UUID.randomUUID().toString());
            parcel.register("paser-" + UUID.randomUUID(), Instant.now());
            String eventId = parcel.pendingEvents().getFirst().eventId();
            mongo.save(parcel); // the context's relay is stopped and ignores this save's hint

            unreachable.nudge("parcels", parcel.id());
            awaitUntil(() -> failedSends(unreachableMeters) > failedBefore,
                    "the hinted publish failed");
            unreachable.stop();
            assertThat(pendingIn(parcel.id())).isEqualTo(1);

            OutboxRelay sweeper = new OutboxRelay(mongo, () -> List.of("parcels"), publisher,
                    new OutboxMetrics(new SimpleMeterRegistry()), settings(), "sweeper-" + UUID.randomUUID(),
                    Clock.systemUTC());
            assertThat(sweeper.publishPending()).isGreaterThanOrEqualTo(1);
            sweeper.stop();
            assertThat(awaitRecord(Topics.IDENTITY, eventId).key()).isEqualTo(parcel.id());
            assertThat(pendingIn(parcel.id())).isZero();
        } finally {
            unreachable.stop();
            relay.start();
        }
    }

    @Test
    void onlyAFailedSendBringsTheNextSweepForward() throws Exception {
        relay.stop();
        RelaySettings idleHourRetrySoon = new RelaySettings(Duration.ofHours(1), Duration.ofMillis(200),
                Duration.ofSeconds(2), 50, Duration.ofSeconds(2), Duration.ZERO);
        SimpleMeterRegistry healthyMeters = new SimpleMeterRegistry();
        OutboxRelay healthy = new OutboxRelay(mongo, () -> List.of("parcels"), reachablePublisher(),
                new OutboxMetrics(healthyMeters), idleHourRetrySoon, "healthy-" + UUID.randomUUID(),
                Clock.systemUTC());
        SimpleMeterRegistry unreachableMeters = new SimpleMeterRegistry();
        OutboxRelay unreachable = new OutboxRelay(mongo, () -> List.of("parcels"), failingPublisher(),
                new OutboxMetrics(unreachableMeters), idleHourRetrySoon, "unreachable-" + UUID.randomUUID(),
                Clock.systemUTC());
        try {
            healthy.start();
            awaitUntil(() -> sweeps(healthyMeters) >= 1, "the healthy relay's start-up sweep finished");
            Parcel delivered = new Parcel(UUID.randomUUID().toString());
            delivered.register("berau-" + UUID.randomUUID(), Instant.now());
            mongo.save(delivered);
            healthy.nudge("parcels", delivered.id());
            awaitUntil(() -> pendingIn(delivered.id()) == 0, "the hinted publish succeeded");
            Thread.sleep(1000); // five retry intervals
            assertThat(sweeps(healthyMeters)).as("no early sweep after a success").isEqualTo(1);
            healthy.stop();

            unreachable.start();
            awaitUntil(() -> sweeps(unreachableMeters) >= 1, "the unreachable relay's start-up sweep finished");
            double sweepsBefore = sweeps(unreachableMeters);
            Parcel stuck = new Parcel(UUID.randomUUID().toString());
            stuck.register("paser-" + UUID.randomUUID(), Instant.now());
            mongo.save(stuck);
            unreachable.nudge("parcels", stuck.id());
            awaitUntil(() -> sweeps(unreachableMeters) > sweepsBefore,
                    "a sweep within the retry interval after the failed send, not an hour later");
            assertThat(pendingIn(stuck.id())).isEqualTo(1);
        } finally {
            healthy.stop();
            unreachable.stop();
            relay.start();
        }
    }

    @Test
    void twoRelaysPublishingTheSameAggregatesKeepEachAggregatesOrder() throws Exception {
        // A second replica's relay: each save is hinted to both, and this one also sweeps often.
        OutboxRelay other = new OutboxRelay(mongo, () -> List.of("parcels"), reachablePublisher(),
                new OutboxMetrics(new SimpleMeterRegistry()), settings(), "other-" + UUID.randomUUID(),
                Clock.systemUTC());
        other.start();
        try {
            List<String> aggregates = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
            Map<String, List<String>> recorded = new HashMap<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(aggregates.size())) {
                for (String id : aggregates) {
                    List<String> order = new ArrayList<>();
                    recorded.put(id, order);
                    pool.submit(() -> {
                        mongo.save(new Parcel(id));
                        for (int i = 0; i < 20; i++) {
                            Parcel parcel = mongo.findById(id, Parcel.class);
                            parcel.register("mahakam-ulu", Instant.now());
                            String added = parcel.pendingEvents().getLast().eventId();
                            mongo.save(parcel);
                            order.add(added);
                            other.nudge("parcels", id);
                        }
                        return null;
                    });
                }
            }
            Map<String, List<String>> firstArrivals = awaitFirstArrivals(Topics.IDENTITY, recorded);
            for (String id : aggregates) {
                assertThat(recorded.get(id)).hasSize(20);
                assertThat(firstArrivals.get(id)).as("events of %s in the order recorded", id)
                        .containsExactlyElementsOf(recorded.get(id));
                awaitUntil(() -> pendingIn(id) == 0, "outbox of " + id + " drained");
            }
        } finally {
            other.stop();
        }
    }

    @Test
    void publishesAnEventWrittenWithoutSaveAtTheNextSweep() {
        relay.stop();
        OutboxRelay sweeper = new OutboxRelay(mongo, () -> List.of("parcels"), publisher,
                new OutboxMetrics(new SimpleMeterRegistry()), settings(), "sweeper-" + UUID.randomUUID(),
                Clock.systemUTC());
        try {
            String id = UUID.randomUUID().toString();
            mongo.save(new Parcel(id)); // nothing pending, so no hint
            sweeper.start();
            OutboxEvent event = outboxEvent("kubar-" + UUID.randomUUID());
            Document entry = new Document();
            mongo.getConverter().write(event, entry);
            // a conditional update that appends an event without going through save (and its hint)
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
                    new Update().push(AggregateRoot.OUTBOX_FIELD, entry), "parcels");

            assertThat(awaitRecord(Topics.IDENTITY, event.eventId())).isNotNull();
            awaitUntil(() -> pendingIn(id) == 0, "outbox emptied by the sweep");
        } finally {
            sweeper.stop();
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

    /** Another replica's publisher: its own idempotent producer on the shared broker, as the service configures it. */
    private static CloudEventPublisher reachablePublisher() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new CloudEventPublisher(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config)),
                URI.create("/terbuka/other-replica"));
    }

    private static RelaySettings settings() {
        return settings(Duration.ofMillis(100));
    }

    private static RelaySettings settings(Duration sweepInterval) {
        return new RelaySettings(sweepInterval, sweepInterval, Duration.ofSeconds(2), 50, Duration.ofSeconds(2),
                Duration.ZERO);
    }

    private double sweeps() {
        return sweeps(meters);
    }

    private static long sweeps(MeterRegistry registry) {
        var timer = registry.find("terbuka.outbox.sweep").timer();
        return timer == null ? 0 : timer.count();
    }

    private static double failedSends(MeterRegistry registry) {
        return registry.find("terbuka.outbox.failed").counters().stream().mapToDouble(Counter::count).sum();
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

    /**
     * Per aggregate (record key), the distinct event ids in the order of their first record on the topic — what a
     * consumer that deduplicates by event id applies — once every wanted id has arrived.
     */
    private static Map<String, List<String>> awaitFirstArrivals(String topic, Map<String, List<String>> wanted) {
        Map<String, Set<String>> seen = new HashMap<>();
        wanted.keySet().forEach(key -> seen.put(key, new LinkedHashSet<>()));
        try (KafkaConsumer<String, byte[]> consumer = EventProbe.consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1))
                    .alias("every event of " + wanted.keySet() + " published").until(() -> {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                            Set<String> ids = seen.get(record.key());
                            if (ids != null) {
                                ids.add(EventProbe.header(record, "ce_id"));
                            }
                        }
                        return wanted.entrySet().stream()
                                .allMatch(e -> seen.get(e.getKey()).containsAll(e.getValue()));
                    });
        }
        Map<String, List<String>> arrivals = new HashMap<>();
        seen.forEach((key, ids) -> arrivals.put(key, List.copyOf(ids)));
        return arrivals;
    }

    private static void awaitUntil(BooleanSupplier condition, String what) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).alias(what)
                .until(condition::getAsBoolean);
    }
}

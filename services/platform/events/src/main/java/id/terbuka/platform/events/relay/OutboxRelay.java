package id.terbuka.platform.events.relay;

import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.events.outbox.OutboxEvent;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays and then removes exactly those events with
 * {@code $pull} by event id, so an event a concurrent save appended is never lost. A crash between publishing and
 * removing republishes the event; consumers deduplicate by id.
 * <p>
 * Every save hands over its aggregate (collection and id) and the relay publishes that document at once, looked
 * up by {@code _id}. A periodic sweep over all pending events, under a per-collection lease, is the safety net:
 * failed sends, crashes, dropped hints, writes that bypassed {@code save}, and events left by a previous run (one
 * sweep right at start-up). The sweep also refreshes the backlog gauges.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Saved aggregates waiting to be published by id; beyond this, hints are dropped and the sweep finds them. */
    static final int HINT_CAPACITY = 10_000;

    private final MongoTemplate mongo;
    private final Supplier<List<String>> collections;
    private final CloudEventPublisher publisher;
    private final OutboxMetrics metrics;
    private final RelayLease lease;
    private final RelaySettings settings;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final BlockingQueue<Hint> hints = new ArrayBlockingQueue<>(HINT_CAPACITY);

    private volatile boolean running;
    private volatile Thread worker;
    private Instant nextBacklogCheck = Instant.EPOCH;
    private boolean hintsPaused;
    /** Set when a hint could not be queued or a sweep failed: the next sweep comes after the retry interval. */
    private volatile boolean behind;

    private record Hint(String collection, Object id) {
    }

    /** What one publishing pass did: events acknowledged and removed, and whether any send failed. */
    private record Pass(int published, boolean failed) {
    }

    public OutboxRelay(MongoTemplate mongo, Supplier<List<String>> collections, CloudEventPublisher publisher,
                       OutboxMetrics metrics, RelaySettings settings, String owner, Clock clock) {
        this.mongo = mongo;
        this.collections = collections;
        this.publisher = publisher;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        this.lease = new RelayLease(mongo, owner, settings.lease(), clock);
    }

    /**
     * Asks the relay to publish the pending events of one saved aggregate now instead of at the next sweep. Never
     * blocks the saving thread: when the relay is behind by {@link #HINT_CAPACITY} aggregates the hint is dropped
     * and the sweep publishes the events.
     */
    public void nudge(String collection, Object id) {
        if (running && id != null) {
            if (!hints.offer(new Hint(collection, id))) {
                behind = true;
            }
            wakeUp.release();
        }
    }

    /**
     * Publishes the aggregates handed over by saves, up to one batch, each found by {@code _id} (an index lookup
     * even on the embedded server, which ignores the partial index the sweep's query needs).
     * <p>
     * No lease: consumers deduplicate by event id, and every publisher sends an aggregate's outbox in array order
     * and removes only the acknowledged prefix. So even when another replica's sweep publishes the same document
     * at the same time, the first copy of each event reaches the partition after the first copy of the event
     * before it, and per-aggregate order holds for consumers.
     *
     * @return the number of events published
     */
    int publishHinted() {
        if (hintsPaused) {
            // A hinted send failed since the last sweep, so the broker is likely down: rather than wait for a
            // timeout (and log) per save, leave everything to the sweep.
            hints.clear();
            return 0;
        }
        List<Hint> taken = new ArrayList<>();
        hints.drainTo(taken, settings.batchSize());
        Map<String, Set<Object>> byCollection = new LinkedHashMap<>();
        for (Hint hint : taken) {
            byCollection.computeIfAbsent(hint.collection(), c -> new LinkedHashSet<>()).add(hint.id());
        }
        int published = 0;
        for (Map.Entry<String, Set<Object>> entry : byCollection.entrySet()) {
            Query saved = Query.query(Criteria.where("_id").in(entry.getValue()));
            saved.fields().include(AggregateRoot.OUTBOX_FIELD);
            List<Document> aggregates = mongo.find(saved, Document.class, entry.getKey()).stream()
                    .filter(aggregate -> !aggregate.getList(AggregateRoot.OUTBOX_FIELD, Object.class, List.of())
                            .isEmpty())
                    .toList();
            Pass pass = publish(entry.getKey(), aggregates);
            published += pass.published();
            hintsPaused |= pass.failed();
        }
        return published;
    }

    /**
     * The sweep: publishes what is pending in every outbox collection this relay holds the lease on, and refreshes
     * the backlog gauges when they are due.
     *
     * @return the number of events published
     */
    public int publishPending() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        boolean backlogDue = !now.isBefore(nextBacklogCheck);
        Backlog backlog = new Backlog();
        int published = 0;
        boolean failed = false;
        for (String collection : collections.get()) {
            boolean complete = false;
            if (lease.tryAcquire(collection)) {
                Pass pass = publishPending(collection);
                published += pass.published();
                complete = !pass.failed();
                failed |= pass.failed();
            }
            // A sweep that reached the end without a failure left nothing behind; count only where it did not.
            if (backlogDue && !complete) {
                backlog.count(collection);
            }
        }
        if (backlogDue) {
            nextBacklogCheck = now.plus(settings.metricsInterval());
            metrics.backlog(backlog.events, backlog.oldest == null ? Duration.ZERO
                    : Duration.between(backlog.oldest, clock.instant()));
        }
        // Hints resume after every sweep; while the broker stays down that costs one failed hinted send per sweep.
        hintsPaused = false;
        behind = failed;
        metrics.swept(Duration.ofNanos(System.nanoTime() - started));
        return published;
    }

    private Pass publishPending(String collection) {
        int published = 0;
        while (true) {
            Query pending = Query.query(Criteria.where(AggregateRoot.OUTBOX_FIELD + ".eventId").exists(true))
                    .limit(settings.batchSize());
            pending.fields().include(AggregateRoot.OUTBOX_FIELD);
            List<Document> aggregates = mongo.find(pending, Document.class, collection);
            Pass pass = publish(collection, aggregates);
            published += pass.published();
            if (pass.failed() || aggregates.size() < settings.batchSize()) {
                // Failed events stay in place and are retried at the next sweep, with the sweep as back-off.
                return new Pass(published, pass.failed());
            }
        }
    }

    /** Sends each aggregate's outbox in array order, then removes the acknowledged prefix of each. */
    private Pass publish(String collection, List<Document> aggregates) {
        List<Batch> batches = aggregates.stream().map(this::sendInOrder).toList();
        int published = 0;
        boolean failed = false;
        for (Batch batch : batches) {
            List<String> acknowledged = batch.acknowledgedPrefix();
            if (!acknowledged.isEmpty()) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(batch.aggregateId())),
                        new Update().pull(AggregateRoot.OUTBOX_FIELD,
                                new Document("eventId", new Document("$in", acknowledged))),
                        collection);
                published += acknowledged.size();
            }
            failed |= acknowledged.size() < batch.events().size();
        }
        return new Pass(published, failed);
    }

    private Batch sendInOrder(Document aggregate) {
        List<OutboxEvent> events = outboxOf(aggregate);
        List<CompletableFuture<?>> sends = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            try {
                sends.add(publisher.send(event));
            } catch (RuntimeException e) {
                // The producer may refuse synchronously (no metadata, buffer full); treat it like a failed send.
                sends.add(CompletableFuture.failedFuture(e));
            }
        }
        return new Batch(aggregate.get("_id"), events, sends);
    }

    private List<OutboxEvent> outboxOf(Document aggregate) {
        List<?> raw = aggregate.getList(AggregateRoot.OUTBOX_FIELD, Object.class);
        return raw.stream().map(e -> mongo.getConverter().read(OutboxEvent.class, (Document) e)).toList();
    }

    private final class Batch {
        private final Object aggregateId;
        private final List<OutboxEvent> events;
        private final List<CompletableFuture<?>> sends;

        Batch(Object aggregateId, List<OutboxEvent> events, List<CompletableFuture<?>> sends) {
            this.aggregateId = aggregateId;
            this.events = events;
            this.sends = sends;
        }

        Object aggregateId() {
            return aggregateId;
        }

        List<OutboxEvent> events() {
            return events;
        }

        /** Ids of the events acknowledged by the broker, up to the first failure, so order is kept. */
        List<String> acknowledgedPrefix() {
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                OutboxEvent event = events.get(i);
                try {
                    sends.get(i).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    metrics.published(event.topic(), event.type());
                    acknowledged.add(event.eventId());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return acknowledged;
                } catch (Exception e) {
                    metrics.failed(event.topic(), event.type());
                    log.warn("Publishing event {} ({}) of {} failed; it stays in the outbox and is retried: {}",
                            event.eventId(), event.type(), aggregateId, e.toString());
                    return acknowledged;
                }
            }
            return acknowledged;
        }
    }

    /** Pending events and the oldest of them, counted over the collections a sweep did not empty. */
    private final class Backlog {
        private long events;
        private Instant oldest;

        void count(String collection) {
            Query pending = Query.query(Criteria.where(AggregateRoot.OUTBOX_FIELD + ".eventId").exists(true));
            pending.fields().include(AggregateRoot.OUTBOX_FIELD);
            for (Document aggregate : mongo.find(pending, Document.class, collection)) {
                for (OutboxEvent event : outboxOf(aggregate)) {
                    events++;
                    if (oldest == null || event.occurredAt().isBefore(oldest)) {
                        oldest = event.occurredAt();
                    }
                }
            }
        }
    }

    private void loop() {
        Instant nextSweep = clock.instant(); // the first sweep at once: events left by a previous run
        while (running) {
            try {
                long untilSweep = Duration.between(clock.instant(), nextSweep).toMillis();
                if (untilSweep > 0 && hints.isEmpty()) {
                    wakeUp.tryAcquire(untilSweep, TimeUnit.MILLISECONDS);
                }
                wakeUp.drainPermits();
                if (!running) {
                    return;
                }
                publishHinted();
                Instant retry = clock.instant().plus(settings.retryInterval());
                if ((hintsPaused || behind) && nextSweep.isAfter(retry)) {
                    // a failed send or a dropped hint: sweep soon rather than at the idle pace
                    nextSweep = retry;
                }
                if (!clock.instant().isBefore(nextSweep)) {
                    // scheduled before the sweep runs, so a failing sweep is not retried in a tight loop
                    nextSweep = clock.instant().plus(settings.retryInterval());
                    publishPending();
                    nextSweep = clock.instant().plus(behind ? settings.retryInterval() : settings.sweepInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // MongoDB unreachable or similar: keep the thread alive; the next sweep tries again.
                log.warn("Outbox relay pass failed: {}", e.toString());
            }
        }
    }

    /**
     * A partial index so finding pending events touches only documents that have some; the embedded development
     * server may refuse partial indexes, in which case the sweep scans (fine at local volumes).
     */
    private void ensurePendingIndexes() {
        for (String collection : collections.get()) {
            Index pendingOnly = new Index().on(AggregateRoot.OUTBOX_FIELD + ".eventId", Sort.Direction.ASC)
                    .named("outbox_pending")
                    .partial(PartialIndexFilter.of(Criteria.where(AggregateRoot.OUTBOX_FIELD + ".eventId").exists(true)));
            try {
                mongo.indexOps(collection).createIndex(pendingOnly);
            } catch (RuntimeException e) {
                log.info("No partial outbox index on {} ({}); pending events are found by a scan", collection,
                        e.getMessage());
            }
        }
    }

    @Override
    public void start() {
        try {
            ensurePendingIndexes();
        } catch (RuntimeException e) {
            log.warn("Could not prepare outbox indexes: {}", e.toString());
        }
        hints.clear(); // the start-up sweep covers whatever they pointed at
        hintsPaused = false;
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon(true).start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            wakeUp.release();
            try {
                thread.join(settings.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            collections.get().forEach(lease::release);
        } catch (RuntimeException e) {
            log.debug("Could not release relay leases on shutdown; they expire on their own", e);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop before the Kafka producer and MongoDB client are closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}

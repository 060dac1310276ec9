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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Publishes the events waiting in aggregates' {@code outbox} arrays and then removes exactly those events with
 * {@code $pull} by event id, so an event a concurrent save appended is never lost. A crash between publishing and
 * removing republishes the event; consumers deduplicate by id. Woken by every save, and sweeping periodically for
 * anything else (a failed publish, another replica's leftovers).
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final Supplier<List<String>> collections;
    private final CloudEventPublisher publisher;
    private final OutboxMetrics metrics;
    private final RelayLease lease;
    private final RelaySettings settings;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread worker;
    private Instant nextBacklogCheck = Instant.EPOCH;

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

    /** Asks the relay to look for new events now instead of at the next sweep. */
    public void nudge() {
        wakeUp.release();
    }

    /**
     * Publishes what is pending in every outbox collection this relay may work on.
     *
     * @return the number of events published
     */
    public int publishPending() {
        int published = 0;
        for (String collection : collections.get()) {
            if (lease.tryAcquire(collection)) {
                published += publishPending(collection);
            }
        }
        refreshBacklogMetrics();
        return published;
    }

    private int publishPending(String collection) {
        int published = 0;
        while (true) {
            Query pending = Query.query(Criteria.where(AggregateRoot.OUTBOX_FIELD + ".eventId").exists(true))
                    .limit(settings.batchSize());
            pending.fields().include(AggregateRoot.OUTBOX_FIELD);
            List<Document> aggregates = mongo.find(pending, Document.class, collection);
            if (aggregates.isEmpty()) {
                return published;
            }
            List<Batch> batches = aggregates.stream().map(this::sendInOrder).toList();
            int publishedNow = 0;
            boolean anyFailure = false;
            for (Batch batch : batches) {
                List<String> acknowledged = batch.acknowledgedPrefix();
                if (!acknowledged.isEmpty()) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(batch.aggregateId())),
                            new Update().pull(AggregateRoot.OUTBOX_FIELD,
                                    new Document("eventId", new Document("$in", acknowledged))),
                            collection);
                    publishedNow += acknowledged.size();
                }
                anyFailure |= acknowledged.size() < batch.events().size();
            }
            published += publishedNow;
            if (anyFailure || aggregates.size() < settings.batchSize()) {
                // Failed events stay in place and are retried at the next sweep, with the sweep as back-off.
                return published;
            }
        }
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

    private void refreshBacklogMetrics() {
        Instant now = clock.instant();
        if (now.isBefore(nextBacklogCheck)) {
            return;
        }
        nextBacklogCheck = now.plus(settings.metricsInterval());
        long count = 0;
        Instant oldest = null;
        for (String collection : collections.get()) {
            Query pending = Query.query(Criteria.where(AggregateRoot.OUTBOX_FIELD + ".eventId").exists(true));
            pending.fields().include(AggregateRoot.OUTBOX_FIELD);
            for (Document aggregate : mongo.find(pending, Document.class, collection)) {
                for (OutboxEvent event : outboxOf(aggregate)) {
                    count++;
                    if (oldest == null || event.occurredAt().isBefore(oldest)) {
                        oldest = event.occurredAt();
                    }
                }
            }
        }
        metrics.backlog(count, oldest == null ? Duration.ZERO : Duration.between(oldest, now));
    }

    private void loop() {
        while (running) {
            try {
                wakeUp.tryAcquire(settings.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                if (running) {
                    publishPending();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // MongoDB unreachable or similar: keep the thread alive and try again at the next sweep.
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

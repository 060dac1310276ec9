package id.terbuka.platform.events.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an operator needs to see whether events flow: how many wait, how old the oldest is ("events are stuck"),
 * and how many were published or failed.
 */
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeMillis = new AtomicLong();
    private final Timer sweeps;

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("terbuka.outbox.pending", pending, AtomicLong::get)
                .description("Domain events recorded but not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("terbuka.outbox.oldest.age", oldestPendingAgeMillis, v -> v.get() / 1000.0)
                .baseUnit("seconds")
                .description("Age of the oldest unpublished domain event (0 when none)")
                .register(registry);
        sweeps = Timer.builder("terbuka.outbox.sweep")
                .description("Sweeps over all pending events (the safety net behind publishing each save by id)")
                .register(registry);
    }

    void published(String topic, String type) {
        Counter.builder("terbuka.outbox.published").tag("topic", topic).tag("type", type)
                .description("Domain events acknowledged by Kafka").register(registry).increment();
    }

    void failed(String topic, String type) {
        Counter.builder("terbuka.outbox.failed").tag("topic", topic).tag("type", type)
                .description("Failed attempts to publish a domain event (it stays pending and is retried)")
                .register(registry).increment();
    }

    void backlog(long pendingEvents, Duration oldestAge) {
        pending.set(pendingEvents);
        oldestPendingAgeMillis.set(oldestAge.toMillis());
    }

    void swept(Duration took) {
        sweeps.record(took);
    }

    public long pending() {
        return pending.get();
    }
}

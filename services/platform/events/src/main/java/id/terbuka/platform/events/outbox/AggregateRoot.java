package id.terbuka.platform.events.outbox;

import id.terbuka.events.contracts.EventType;
import org.springframework.data.annotation.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Base of every aggregate that publishes domain events. The aggregate's own methods record events into
 * {@code outbox}, a field of the same MongoDB document, so one {@code save} writes the new state and its events
 * atomically (single-document atomicity; no multi-document transaction). The relay publishes and removes them.
 */
public abstract class AggregateRoot {

    public static final String OUTBOX_FIELD = "outbox";

    @Version
    private Long version;

    private List<OutboxEvent> outbox = new ArrayList<>();

    /** The aggregate id; it becomes the Kafka record key and the event's {@code ce_subject}. */
    protected abstract String aggregateId();

    protected <T> void recordEvent(EventType<T> type, String tenant, T payload, Instant occurredAt) {
        Objects.requireNonNull(aggregateId(), "an aggregate needs its id before it records events");
        outbox.add(new OutboxEvent(UUID.randomUUID().toString(), type.type(), type.topic(), aggregateId(), tenant,
                occurredAt, EventJson.write(payload), null));
    }

    public Long version() {
        return version;
    }

    /** Events recorded but not yet published (read-only view). */
    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(outbox);
    }

    void stampTraceparent(String traceparent) {
        outbox.replaceAll(event -> event.traceparent() == null ? event.withTraceparent(traceparent) : event);
    }
}

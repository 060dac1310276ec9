package id.terbuka.platform.events.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

/**
 * Hooks into every save of an aggregate: stamps new events with the current trace context before the write, and
 * wakes the relay after it so a change is published within milliseconds rather than at the next sweep.
 */
public class OutboxSaveCallbacks implements BeforeConvertCallback<AggregateRoot>, AfterSaveCallback<AggregateRoot> {

    private final ObjectProvider<Tracer> tracer;
    private final Runnable nudgeRelay;

    public OutboxSaveCallbacks(ObjectProvider<Tracer> tracer, Runnable nudgeRelay) {
        this.tracer = tracer;
        this.nudgeRelay = nudgeRelay;
    }

    @Override
    public AggregateRoot onBeforeConvert(AggregateRoot aggregate, String collection) {
        String traceparent = currentTraceparent();
        if (traceparent != null) {
            aggregate.stampTraceparent(traceparent);
        }
        return aggregate;
    }

    @Override
    public AggregateRoot onAfterSave(AggregateRoot aggregate, Document document, String collection) {
        if (!aggregate.pendingEvents().isEmpty()) {
            nudgeRelay.run();
        }
        return aggregate;
    }

    private String currentTraceparent() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span == null) {
            return null;
        }
        var context = span.context();
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}

package id.terbuka.platform.events.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveCallback;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

import java.util.function.BiConsumer;

/**
 * Hooks into every save of an aggregate: stamps new events with the current trace context before the write, and
 * afterwards hands the saved aggregate (collection and id) to the relay, so its events are published within
 * milliseconds by an {@code _id} lookup rather than found by the next sweep.
 */
public class OutboxSaveCallbacks implements BeforeConvertCallback<AggregateRoot>, AfterSaveCallback<AggregateRoot> {

    private final ObjectProvider<Tracer> tracer;
    private final BiConsumer<String, Object> publishSaved;

    /** @param publishSaved receives the collection and {@code _id} of each saved aggregate that has pending events */
    public OutboxSaveCallbacks(ObjectProvider<Tracer> tracer, BiConsumer<String, Object> publishSaved) {
        this.tracer = tracer;
        this.publishSaved = publishSaved;
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
            publishSaved.accept(collection, document.get("_id"));
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

package id.terbuka.platform.events.consume;

import id.terbuka.events.contracts.EventType;

import java.util.function.Consumer;

/**
 * Declares that a service applies one event type. Register it as a bean; the platform creates the listener
 * containers, deduplicates deliveries and parks poison messages. The handler must be safe to run twice for the
 * same event (upsert keyed by aggregate id, guarded by revision or time): a crash can fall between its effect
 * and the ledger entry.
 */
public record EventSubscription<T>(EventType<T> eventType, Consumer<ConsumedEvent<T>> handler) {

    public static <T> EventSubscription<T> on(EventType<T> eventType, Consumer<ConsumedEvent<T>> handler) {
        return new EventSubscription<>(eventType, handler);
    }

    void apply(ConsumedEvent<?> event) {
        @SuppressWarnings("unchecked")
        ConsumedEvent<T> typed = (ConsumedEvent<T>) event;
        handler.accept(typed);
    }
}

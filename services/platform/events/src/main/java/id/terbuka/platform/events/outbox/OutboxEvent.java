package id.terbuka.platform.events.outbox;

import java.time.Instant;

/**
 * A domain event waiting in its aggregate's document until the relay has handed it to Kafka.
 *
 * @param payload     the event's JSON body, serialised when the event was recorded so the relay never needs the
 *                    payload class
 * @param traceparent W3C trace context of the change that caused the event, so the trace continues across Kafka
 */
public record OutboxEvent(
        String eventId,
        String type,
        String topic,
        String subject,
        String tenant,
        Instant occurredAt,
        String payload,
        String traceparent) {

    OutboxEvent withTraceparent(String value) {
        return new OutboxEvent(eventId, type, topic, subject, tenant, occurredAt, payload, value);
    }
}

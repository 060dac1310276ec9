package id.terbuka.platform.events.consume;

import java.time.Instant;

/** An event as a consumer sees it: the CloudEvents attributes that matter and the typed payload. */
public record ConsumedEvent<T>(String eventId, String type, String tenant, String subject, Instant occurredAt,
                               T payload) {
}

package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * The information is held by another body that is a tenant on this platform: the request was forwarded there.
 * request-service itself consumes this event to create the linked request in {@code targetTenant} (idempotently,
 * with an id derived from {@code requestId}); no personal data travels, the consumer reads it from its database.
 *
 * @param targetTenant      slug of the tenant that holds the information
 * @param linkedRequestId   id the linked request gets in the target tenant
 */
public record RequestForwarded(
        String requestId,
        String tenant,
        String registrationNumber,
        String targetTenant,
        String linkedRequestId,
        String reason,
        Instant forwardedAt) {

    public static final EventType<RequestForwarded> TYPE =
            new EventType<>("id.terbuka.request.request-forwarded.v1", Topics.REQUEST, RequestForwarded.class);
}

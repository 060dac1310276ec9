package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * A request reached its end: nothing more can happen to it under the law.
 *
 * @param reason {@code WINDOW_LAPSED} (notice given and the keberatan or sengketa window passed unused),
 *               {@code DISPUTE_DECIDED} (the Komisi Informasi decided) or {@code WITHDRAWN} (by the requester)
 */
public record RequestClosed(
        String requestId,
        String tenant,
        String registrationNumber,
        String reason,
        Instant closedAt) {

    public static final EventType<RequestClosed> TYPE =
            new EventType<>("id.terbuka.request.request-closed.v1", Topics.REQUEST, RequestClosed.class);
}

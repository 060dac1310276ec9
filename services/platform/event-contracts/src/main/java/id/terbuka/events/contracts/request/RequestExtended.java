package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/** The one extension of UU KIP Pasal 22(8) was used: the due date moved by 7 working days, with a written reason. */
public record RequestExtended(
        String requestId,
        String tenant,
        String registrationNumber,
        LocalDate previousDueDate,
        LocalDate dueDate,
        String reason,
        Instant extendedAt) {

    public static final EventType<RequestExtended> TYPE =
            new EventType<>("id.terbuka.request.request-extended.v1", Topics.REQUEST, RequestExtended.class);
}

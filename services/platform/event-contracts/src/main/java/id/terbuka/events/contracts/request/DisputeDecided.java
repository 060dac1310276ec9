package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The Komisi Informasi ended a sengketa: a putusan after adjudication, or a mediation agreement.
 *
 * @param outcome   {@code GRANTED}, {@code PARTIALLY_GRANTED}, {@code REJECTED}, {@code INADMISSIBLE},
 *                  {@code SETTLED} (mediation) or {@code WITHDRAWN}
 * @param decidedOn the day of the putusan or agreement
 */
public record DisputeDecided(
        String requestId,
        String tenant,
        String registrationNumber,
        String kiRegistrationNumber,
        String outcome,
        String decisionNumber,
        LocalDate decidedOn,
        Instant recordedAt) {

    public static final EventType<DisputeDecided> TYPE =
            new EventType<>("id.terbuka.request.dispute-decided.v1", Topics.REQUEST, DisputeDecided.class);
}

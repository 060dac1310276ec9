package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * The written notice (pemberitahuan tertulis) was issued.
 *
 * @param outcome          {@code GRANTED}, {@code PARTIALLY_GRANTED}, {@code REJECTED}, {@code NOT_HELD} or
 *                         {@code NOT_YET_DOCUMENTED}
 * @param legalBasis       Pasal 17 letter {@code A}..{@code J} for a rejection, otherwise null
 * @param workingDaysTaken working days from receipt to the decision (the day of receipt not counted)
 * @param late             whether the notice was issued after the due date
 * @param totalFee         rupiah charged for copies and delivery (0 when nothing is charged)
 */
public record RequestDecided(
        String requestId,
        String tenant,
        String registrationNumber,
        String outcome,
        String legalBasis,
        Instant decidedAt,
        int workingDaysTaken,
        boolean late,
        long totalFee) {

    public static final EventType<RequestDecided> TYPE =
            new EventType<>("id.terbuka.request.request-decided.v1", Topics.REQUEST, RequestDecided.class);
}

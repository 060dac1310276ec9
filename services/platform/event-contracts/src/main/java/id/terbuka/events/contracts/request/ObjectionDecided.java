package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * The atasan PPID answered a keberatan.
 *
 * @param result {@code UPHELD} (the PPID must act), {@code DISMISSED} (the PPID's decision stands, with reasons) or
 *               {@code SETTLED} (settled by agreement, grounds B–G only)
 * @param late   whether the answer came after the 30-working-day response due date
 */
public record ObjectionDecided(
        String requestId,
        String tenant,
        String registrationNumber,
        String objectionNumber,
        String result,
        Instant decidedAt,
        boolean late) {

    public static final EventType<ObjectionDecided> TYPE =
            new EventType<>("id.terbuka.request.objection-decided.v1", Topics.REQUEST, ObjectionDecided.class);
}

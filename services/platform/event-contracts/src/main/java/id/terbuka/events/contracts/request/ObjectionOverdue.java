package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The 30 working days for the atasan PPID's answer to a keberatan passed without one (UU KIP Pasal 36(2)); sent
 * once per keberatan. From then on the requester may go to the Komisi Informasi.
 *
 * @param responseDueDate the last day the answer was due (tenant-local)
 */
public record ObjectionOverdue(
        String requestId,
        String tenant,
        String registrationNumber,
        String objectionNumber,
        LocalDate responseDueDate,
        Instant detectedAt) {

    public static final EventType<ObjectionOverdue> TYPE =
            new EventType<>("id.terbuka.request.objection-overdue.v1", Topics.REQUEST, ObjectionOverdue.class);
}

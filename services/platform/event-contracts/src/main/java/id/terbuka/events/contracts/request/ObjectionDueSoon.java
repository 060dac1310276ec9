package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder to the atasan PPID: the answer to a keberatan (UU KIP Pasal 36(2), 30 working days) is due soon.
 * Sent once per keberatan.
 *
 * @param responseDueDate the last day for the answer (tenant-local)
 * @param workingDaysLeft working days from the day of the reminder to the due date
 */
public record ObjectionDueSoon(
        String requestId,
        String tenant,
        String registrationNumber,
        String objectionNumber,
        LocalDate responseDueDate,
        int workingDaysLeft,
        Instant remindedAt) {

    public static final EventType<ObjectionDueSoon> TYPE =
            new EventType<>("id.terbuka.request.objection-due-soon.v1", Topics.REQUEST, ObjectionDueSoon.class);
}

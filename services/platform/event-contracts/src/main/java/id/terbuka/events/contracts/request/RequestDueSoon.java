package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder to the PPID: the written notice of a request is due in 3 or 1 working days. Sent once per request,
 * due date and reminder.
 *
 * @param unitId          the unit the request is assigned to, or null while with the PPID utama
 * @param workingDaysLeft 3 or 1
 */
public record RequestDueSoon(
        String requestId,
        String tenant,
        String registrationNumber,
        String unitId,
        LocalDate dueDate,
        int workingDaysLeft,
        Instant remindedAt) {

    public static final EventType<RequestDueSoon> TYPE =
            new EventType<>("id.terbuka.request.request-due-soon.v1", Topics.REQUEST, RequestDueSoon.class);
}

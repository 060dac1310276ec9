package id.terbuka.events.contracts.request;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The due date of a request passed without a written notice (UU KIP Pasal 22(7)); sent once per request. From
 * then on the requester may file a keberatan on ground C or G.
 *
 * @param unitId     the unit the request is assigned to, or null while with the PPID utama
 * @param dueDate    the last day the notice was due (tenant-local)
 * @param detectedAt when the scheduled check noticed it
 */
public record RequestOverdue(
        String requestId,
        String tenant,
        String registrationNumber,
        String unitId,
        LocalDate dueDate,
        Instant detectedAt) {

    public static final EventType<RequestOverdue> TYPE =
            new EventType<>("id.terbuka.request.request-overdue.v1", Topics.REQUEST, RequestOverdue.class);
}

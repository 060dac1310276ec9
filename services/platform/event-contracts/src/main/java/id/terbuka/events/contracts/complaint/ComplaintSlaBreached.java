package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A staff clock of a complaint ran out: the coordinator did not verify and dispatch it (VERIFICATION), or the
 * unit did not answer (FOLLOW_UP), by the due date. Raised once per clock; a new dispatch or reopening starts a new
 * clock that can breach again.
 */
public record ComplaintSlaBreached(
        String complaintId,
        String tenant,
        String trackingId,
        String dueKind,
        LocalDate dueDate,
        String unitId,
        Instant detectedAt) {

    public static final EventType<ComplaintSlaBreached> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-sla-breached.v1", Topics.COMPLAINT,
                    ComplaintSlaBreached.class);
}

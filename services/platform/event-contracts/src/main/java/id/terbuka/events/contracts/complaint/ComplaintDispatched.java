package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/** The coordinator sent (or re-sent) a complaint to the unit (OPD) that must act; its follow-up clock starts. */
public record ComplaintDispatched(
        String complaintId,
        String tenant,
        String trackingId,
        String unitId,
        String previousUnitId,
        Instant dispatchedAt,
        LocalDate followUpDueDate) {

    public static final EventType<ComplaintDispatched> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-dispatched.v1", Topics.COMPLAINT,
                    ComplaintDispatched.class);
}

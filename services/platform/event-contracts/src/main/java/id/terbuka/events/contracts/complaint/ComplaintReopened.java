package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/** The reporter did not accept the follow-up; the unit has a new follow-up clock. */
public record ComplaintReopened(
        String complaintId,
        String tenant,
        String trackingId,
        String unitId,
        Instant reopenedAt,
        LocalDate followUpDueDate) {

    public static final EventType<ComplaintReopened> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-reopened.v1", Topics.COMPLAINT, ComplaintReopened.class);
}

package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/** The reporter accepted the follow-up, with a rating of 1 to 5. */
public record ComplaintClosed(
        String complaintId,
        String tenant,
        String trackingId,
        String unitId,
        int rating,
        Instant closedAt) {

    public static final EventType<ComplaintClosed> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-closed.v1", Topics.COMPLAINT, ComplaintClosed.class);
}

package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/** The complaint coordinator rejected a complaint: NOT_A_COMPLAINT, DUPLICATE, INCOMPLETE or NOT_OUR_AUTHORITY. */
public record ComplaintRejected(
        String complaintId,
        String tenant,
        String trackingId,
        String reason,
        Instant rejectedAt,
        boolean late) {

    public static final EventType<ComplaintRejected> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-rejected.v1", Topics.COMPLAINT, ComplaintRejected.class);
}

package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * The complaint was closed: the reporter accepted the follow-up with a rating of 1 to 5, or ({@code automatic}) did
 * not react within the reporter window of 10 working days after the answer; then {@code rating} is 0 (none).
 */
public record ComplaintClosed(
        String complaintId,
        String tenant,
        String trackingId,
        String unitId,
        int rating,
        Instant closedAt,
        boolean automatic) {

    public static final EventType<ComplaintClosed> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-closed.v1", Topics.COMPLAINT, ComplaintClosed.class);
}

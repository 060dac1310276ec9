package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/** The complaint coordinator accepted a complaint as one to act on. */
public record ComplaintVerified(
        String complaintId,
        String tenant,
        String trackingId,
        Instant verifiedAt,
        boolean late) {

    public static final EventType<ComplaintVerified> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-verified.v1", Topics.COMPLAINT, ComplaintVerified.class);
}

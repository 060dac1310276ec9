package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * The coordinator merged a duplicate complaint into an open one about the same matter and place; the duplicate is
 * closed and its reporter follows the surviving complaint from now on.
 */
public record ComplaintMerged(
        String complaintId,
        String tenant,
        String trackingId,
        String intoComplaintId,
        String intoTrackingId,
        Instant mergedAt) {

    public static final EventType<ComplaintMerged> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-merged.v1", Topics.COMPLAINT, ComplaintMerged.class);
}

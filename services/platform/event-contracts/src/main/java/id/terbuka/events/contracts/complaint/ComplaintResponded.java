package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/** The unit's complaint liaison posted the follow-up (tindak lanjut); the reporter may now accept or reopen. */
public record ComplaintResponded(
        String complaintId,
        String tenant,
        String trackingId,
        String unitId,
        Instant respondedAt,
        int workingDaysTaken,
        boolean late) {

    public static final EventType<ComplaintResponded> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-responded.v1", Topics.COMPLAINT,
                    ComplaintResponded.class);
}

package id.terbuka.events.contracts.complaint;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A complaint (pengaduan) arrived through one of the doors (WEB, OPEN311, WHATSAPP, TELEGRAM). Carries no content
 * and no reporter data: confidential complaints must not leak through the topic.
 */
public record ComplaintReceived(
        String complaintId,
        String tenant,
        String trackingId,
        String channel,
        String category,
        boolean anonymous,
        boolean confidential,
        Instant receivedAt,
        LocalDate verificationDueDate) {

    public static final EventType<ComplaintReceived> TYPE =
            new EventType<>("id.terbuka.complaint.complaint-received.v1", Topics.COMPLAINT, ComplaintReceived.class);
}

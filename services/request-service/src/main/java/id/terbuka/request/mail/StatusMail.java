package id.terbuka.request.mail;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One e-mail to a requester, queued when a request event is consumed and sent by {@link StatusMailRelay}. The id is
 * the event's id, so a redelivered event queues nothing new. The address is not stored: it is opened from the
 * request (where it is sealed) at sending time. Subject and text name the request, not the person.
 */
@Document(StatusMail.COLLECTION)
public record StatusMail(@Id String id, String requestId, String tenant, String eventType, String subject,
                         String text, Status status, int attempts, Instant nextAttemptAt, Instant lockedUntil,
                         Instant queuedAt, Instant sentAt, String lastError) {

    public static final String COLLECTION = "request_mails";

    public enum Status { PENDING, SENT, FAILED, SKIPPED }
}

package id.terbuka.identity.reminder;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One reminder e-mail to one staff account, queued when a request-service clock event is consumed and sent by
 * {@link StaffReminderRelay}. The id is the event id plus the account id, so a redelivered event queues nothing new.
 * The address is not copied: it is read from the account when sending (a deactivated account gets nothing).
 * Subject and text name the request (registration number, due date), never the requester.
 */
@Document(StaffReminderMail.COLLECTION)
@CompoundIndex(name = "status_next_attempt", def = "{'status': 1, 'nextAttemptAt': 1}")
public record StaffReminderMail(@Id String id, String eventId, String eventType, String tenant, String userId,
                                String registrationNumber, String subject, String text, Status status, int attempts,
                                Instant nextAttemptAt, Instant lockedUntil, Instant queuedAt, Instant sentAt,
                                String lastError) {

    public static final String COLLECTION = "staff_reminder_mails";

    public enum Status { PENDING, SENT, FAILED, SKIPPED }
}

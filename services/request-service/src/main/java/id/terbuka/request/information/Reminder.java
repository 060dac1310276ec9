package id.terbuka.request.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A due-date reminder that was sent. Kept per due date, so an extension (a new due date) gets its own reminders,
 * and a reminder already recorded is never sent again, whichever replica runs the check.
 */
public record Reminder(LocalDate dueDate, int workingDaysLeft, Instant sentAt) {
}

package id.terbuka.request.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An UPHELD keberatan reopened the request for a new written notice: what stood before, kept for the record
 * (the tracking page, the report's first answer time).
 *
 * @param previousDecision the notice the keberatan was against; null when it was against the lapse of the due date
 * @param previousDueDate  the due date before the reopening
 * @param dueDate          the last day of the period the PPID was given for the new notice
 */
public record Reopening(String objectionNumber, Instant reopenedAt, Decision previousDecision,
                        LocalDate previousDueDate, int workingDays, LocalDate dueDate) {
}

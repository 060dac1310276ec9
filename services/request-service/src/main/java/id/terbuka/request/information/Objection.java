package id.terbuka.request.information;

import id.terbuka.calendar.DueDateExplanation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A keberatan to the atasan PPID (UU 14/2008 Pasal 35–36).
 *
 * @param cause           what started the 30 working days for filing: the decision, or the lapse of the due date
 * @param causeDate       the tenant-local date of that cause (not counted)
 * @param filingDeadline  last day the keberatan could be filed
 * @param responseDueDate last day for the atasan PPID's answer (30 working days after filing)
 */
public record Objection(
        String objectionNumber,
        ObjectionGround ground,
        String reason,
        Instant filedAt,
        Cause cause,
        LocalDate causeDate,
        LocalDate filingDeadline,
        LocalDate responseDueDate,
        DueDateExplanation responseDueDateExplanation,
        ObjectionResult result,
        String resultReasons,
        Instant decidedAt,
        String decidedBy,
        boolean late) {

    public enum Cause { DECISION, LAPSE }

    public boolean pending() {
        return result == null;
    }

    Objection decided(ObjectionResult newResult, String reasons, Instant at, String by, boolean answeredLate) {
        return new Objection(objectionNumber, ground, reason, filedAt, cause, causeDate, filingDeadline,
                responseDueDate, responseDueDateExplanation, newResult, reasons, at, by, answeredLate);
    }
}

package id.terbuka.request.information;

import id.terbuka.calendar.DueDate;
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
 * @param actionDueDate   for an UPHELD keberatan: the last day of the period the PPID has to act on it (a new
 *                        written notice), with its explanation; null otherwise
 * @param answerReminded  the atasan was reminded that the answer is due soon (once)
 * @param answerOverdueAt when the lapse of the answer period was noticed (once); null before
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
        boolean late,
        LocalDate actionDueDate,
        DueDateExplanation actionDueDateExplanation,
        Boolean answerReminded,
        Instant answerOverdueAt) {

    public enum Cause { DECISION, LAPSE }

    /** Stored keberatan from before the atasan's reminders have no flag: null counts as not reminded. */
    public boolean reminderSent() {
        return Boolean.TRUE.equals(answerReminded);
    }

    public boolean pending() {
        return result == null;
    }

    Objection decided(ObjectionResult newResult, String reasons, Instant at, String by, boolean answeredLate,
                      DueDate action) {
        return new Objection(objectionNumber, ground, reason, filedAt, cause, causeDate, filingDeadline,
                responseDueDate, responseDueDateExplanation, newResult, reasons, at, by, answeredLate,
                action == null ? null : action.dueDate(), action == null ? null : action.explanation(),
                answerReminded, answerOverdueAt);
    }

    Objection reminded() {
        return new Objection(objectionNumber, ground, reason, filedAt, cause, causeDate, filingDeadline,
                responseDueDate, responseDueDateExplanation, result, resultReasons, decidedAt, decidedBy, late,
                actionDueDate, actionDueDateExplanation, true, answerOverdueAt);
    }

    Objection overdueNoticed(Instant at) {
        return new Objection(objectionNumber, ground, reason, filedAt, cause, causeDate, filingDeadline,
                responseDueDate, responseDueDateExplanation, result, resultReasons, decidedAt, decidedBy, late,
                actionDueDate, actionDueDateExplanation, answerReminded, at);
    }
}

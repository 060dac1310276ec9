package id.terbuka.request.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sengketa informasi at the Komisi Informasi (UU KIP Pasal 37–38; Perki 1/2013): filed within 14 working days
 * after the keberatan's answer (or the lapse of its answer period), registered by the commission, mediated, and if
 * mediation fails adjudicated, ending in a putusan (or a mediation agreement).
 *
 * @param objectionNumber the keberatan it follows
 * @param causeDate       the answer's tenant-local date, or the last day the answer was due (not counted)
 * @param filingDeadline  last day it could be filed
 * @param filedOn         the day the application reached the commission
 */
public record Dispute(
        String commission,
        String kiRegistrationNumber,
        String objectionNumber,
        LocalDate causeDate,
        LocalDate filingDeadline,
        LocalDate filedOn,
        Instant recordedAt,
        LocalDate registeredOn,
        LocalDate mediationStartedOn,
        LocalDate mediationEndedOn,
        MediationResult mediationResult,
        LocalDate adjudicationStartedOn,
        DisputeOutcome outcome,
        String decisionNumber,
        LocalDate decidedOn,
        String summary) {

    public enum MediationResult { AGREED, FAILED }

    public enum DisputeOutcome { GRANTED, PARTIALLY_GRANTED, REJECTED, INADMISSIBLE, SETTLED, WITHDRAWN }

    public boolean open() {
        return outcome == null;
    }

    Dispute progressed(String kiNumber, LocalDate registered, LocalDate mediationStart, LocalDate mediationEnd,
                       MediationResult mediation, LocalDate adjudicationStart) {
        return new Dispute(commission, kiNumber != null ? kiNumber : kiRegistrationNumber, objectionNumber, causeDate,
                filingDeadline, filedOn, recordedAt, registered != null ? registered : registeredOn,
                mediationStart != null ? mediationStart : mediationStartedOn,
                mediationEnd != null ? mediationEnd : mediationEndedOn,
                mediation != null ? mediation : mediationResult,
                adjudicationStart != null ? adjudicationStart : adjudicationStartedOn, outcome, decisionNumber,
                decidedOn, summary);
    }

    Dispute decided(DisputeOutcome result, String number, LocalDate on, String text) {
        return new Dispute(commission, kiRegistrationNumber, objectionNumber, causeDate, filingDeadline, filedOn,
                recordedAt, registeredOn, mediationStartedOn, mediationEndedOn, mediationResult,
                adjudicationStartedOn, result, number, on, text);
    }
}

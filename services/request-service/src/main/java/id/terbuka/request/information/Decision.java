package id.terbuka.request.information;

import java.time.Instant;
import java.util.List;

/**
 * The content of the written notice. Which fields are set depends on the outcome: a rejection has its Pasal 17
 * letter, SK number and reasons (uji konsekuensi); a grant what is given, in which form and at what cost; NOT_HELD
 * the body that holds it; NOT_YET_DOCUMENTED the time needed.
 *
 * @param workingDaysTaken working days from receipt to the notice (the day of receipt not counted)
 * @param late             issued after the due date
 */
public record Decision(
        Outcome outcome,
        Instant decidedAt,
        String decidedBy,
        LegalBasis legalBasis,
        String decisionNumber,
        String reasons,
        String exclusionId,
        String informationGiven,
        List<String> catalogueEntryIds,
        String redactionNote,
        CopyForm form,
        int sheets,
        long tariffPerSheet,
        long deliveryCost,
        long totalFee,
        Integer provisionDays,
        String holderBody,
        Integer timeNeededDays,
        String note,
        int workingDaysTaken,
        boolean late) {

    public Decision {
        catalogueEntryIds = catalogueEntryIds == null ? List.of() : List.copyOf(catalogueEntryIds);
    }

    /**
     * What staff decided, before the service stamps time, working days taken and lateness. Fees: sheets × the
     * tenant's tariff per sheet + delivery (UU KIP Pasal 22(7)g; access itself is free).
     */
    public record Content(Outcome outcome, String decidedBy, LegalBasis legalBasis, String decisionNumber,
                          String reasons, String exclusionId, String informationGiven, List<String> catalogueEntryIds,
                          String redactionNote, CopyForm form, int sheets, long tariffPerSheet, long deliveryCost,
                          Integer provisionDays, String holderBody, Integer timeNeededDays, String note) {

        public long totalFee() {
            return sheets * tariffPerSheet + deliveryCost;
        }

        Decision build(Instant decidedAt, int workingDaysTaken, boolean late) {
            return new Decision(outcome, decidedAt, decidedBy, legalBasis, decisionNumber, reasons, exclusionId,
                    informationGiven, catalogueEntryIds, redactionNote, form, sheets, tariffPerSheet, deliveryCost,
                    totalFee(), provisionDays, holderBody, timeNeededDays, note, workingDaysTaken, late);
        }
    }
}

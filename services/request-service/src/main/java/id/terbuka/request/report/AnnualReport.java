package id.terbuka.request.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The yearly (or semester) report on the information service, UU 14/2008 Pasal 12 and Perki 1/2021 Pasal 56:
 * requests received, the time taken to answer, grants and rejections with their reasons, keberatan and sengketa.
 * Requests count in the period they were received; keberatan in the period they were filed; sengketa in the
 * period they were filed with the Komisi Informasi. Period dates are the tenant's local dates, both included.
 */
public record AnnualReport(
        String tenant,
        String tenantName,
        int year,
        Integer semester,
        LocalDate from,
        LocalDate to,
        long received,
        Map<String, Long> byChannel,
        Map<String, Long> byRequesterType,
        List<UnitCount> byUnit,
        Map<String, Long> byOutcome,
        AnswerTime answerTime,
        long answeredLate,
        long extensions,
        long forwarded,
        Map<String, Long> rejectionsByLegalBasis,
        Objections objections,
        Disputes disputes) {

    /** {@code unitId} null: requests still with the PPID utama (not assigned). */
    public record UnitCount(String unitId, String unitName, long received) {
    }

    /** Working days from receipt to the written notice (day of receipt not counted), over the answered requests. */
    public record AnswerTime(long answered, Double mean, Double median, Integer max) {
    }

    public record Objections(long filed, Map<String, Long> byGround, Map<String, Long> byResult, long answeredLate) {
    }

    public record Disputes(long recorded, Map<String, Long> byOutcome) {
    }
}

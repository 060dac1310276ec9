package id.terbuka.events.contracts.catalogue;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The period of an exclusion (DIKECUALIKAN, UU KIP Pasal 17 and 20) has ended: the PPID must review the entry (open
 * it, or decide a new exclusion after a new consequence test). Announced once per {@code excludedUntil}; changing
 * the exclusion starts a new period.
 *
 * @param excludedUntil the last day of the exclusion, now past in the tenant's time zone
 */
public record ExclusionReviewDue(
        String entryId,
        String tenant,
        String unitId,
        String title,
        String legalBasis,
        LocalDate excludedUntil,
        String decisionNumber,
        Instant detectedAt) {

    public static final EventType<ExclusionReviewDue> TYPE =
            new EventType<>("id.terbuka.catalogue.exclusion-review-due.v1", Topics.CATALOGUE,
                    ExclusionReviewDue.class);
}

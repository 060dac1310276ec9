package id.terbuka.events.contracts.catalogue;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry was created as, or changed to, DIKECUALIKAN (UU KIP Pasal 17) after its consequence test. Its existence
 * and the exclusion are public; its documents are not.
 *
 * @param legalBasis    the letter of Pasal 17, {@code A}..{@code J}
 * @param excludedUntil last day of the exclusion; absent for the permanent grounds G and H (Pasal 20)
 */
public record EntryExcluded(
        String entryId,
        String tenant,
        String unitId,
        String title,
        String legalBasis,
        LocalDate excludedUntil,
        String decisionNumber,
        LocalDate decidedAt,
        Instant excludedAt) {

    public static final EventType<EntryExcluded> TYPE =
            new EventType<>("id.terbuka.catalogue.entry-excluded.v1", Topics.CATALOGUE, EntryExcluded.class);
}

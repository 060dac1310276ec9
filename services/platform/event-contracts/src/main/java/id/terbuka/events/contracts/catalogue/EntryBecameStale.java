package id.terbuka.events.contracts.catalogue;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * A BERKALA entry was not updated within its declared update frequency (UU KIP Pasal 9(4): at least every 6 months).
 * Announced once per lapse: an update renews the entry, and the next lapse is announced again.
 *
 * @param updateFrequency {@code DAILY, WEEKLY, MONTHLY, QUARTERLY, SEMIANNUAL}
 * @param lastUpdatedAt   the last update, the start of the lapsed period
 * @param staleSince      when the period ran out ({@code lastUpdatedAt} plus the frequency)
 * @param detectedAt      when the check found it
 */
public record EntryBecameStale(
        String entryId,
        String tenant,
        String unitId,
        String title,
        String updateFrequency,
        Instant lastUpdatedAt,
        Instant staleSince,
        Instant detectedAt) {

    public static final EventType<EntryBecameStale> TYPE =
            new EventType<>("id.terbuka.catalogue.entry-became-stale.v1", Topics.CATALOGUE, EntryBecameStale.class);
}

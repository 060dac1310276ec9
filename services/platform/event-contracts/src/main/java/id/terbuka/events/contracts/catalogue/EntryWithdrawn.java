package id.terbuka.events.contracts.catalogue;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/** An entry was withdrawn from the public list; it stays on record with the reason. */
public record EntryWithdrawn(
        String entryId,
        String tenant,
        String unitId,
        String reason,
        Instant withdrawnAt) {

    public static final EventType<EntryWithdrawn> TYPE =
            new EventType<>("id.terbuka.catalogue.entry-withdrawn.v1", Topics.CATALOGUE, EntryWithdrawn.class);
}

package id.terbuka.events.contracts.catalogue;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;
import java.util.List;

/**
 * An entry's content changed; the entry keeps the revision (who, when, which fields).
 *
 * @param revision      the entry's revision number after the change (creation is revision 1)
 * @param changedFields API field names that changed, e.g. {@code ["summary", "retention"]}
 */
public record EntryUpdated(
        String entryId,
        String tenant,
        String unitId,
        String category,
        int revision,
        List<String> changedFields,
        Instant updatedAt) {

    public static final EventType<EntryUpdated> TYPE =
            new EventType<>("id.terbuka.catalogue.entry-updated.v1", Topics.CATALOGUE, EntryUpdated.class);
}

package id.terbuka.events.contracts.catalogue;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * An entry of the Daftar Informasi Publik was published (created in a public category: BERKALA, SERTA_MERTA or
 * SETIAP_SAAT). An excluded entry is announced with {@link EntryExcluded} instead.
 *
 * @param category {@code BERKALA}, {@code SERTA_MERTA} or {@code SETIAP_SAAT}
 * @param urgent   true for SERTA_MERTA information (UU KIP Pasal 10): it must reach the public immediately
 */
public record EntryPublished(
        String entryId,
        String tenant,
        String unitId,
        String title,
        String category,
        boolean urgent,
        Instant publishedAt) {

    public static final EventType<EntryPublished> TYPE =
            new EventType<>("id.terbuka.catalogue.entry-published.v1", Topics.CATALOGUE, EntryPublished.class);
}

package id.terbuka.events.contracts.catalogue;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * A document (file) was attached to an entry. The bytes stay in catalogue-service.
 *
 * @param contentType type detected from the bytes, not the one the uploader claimed
 * @param sha256      hex SHA-256 of the stored bytes
 * @param publicFile  false when the entry is DIKECUALIKAN: the file is then served to PPID roles only
 */
public record DocumentAdded(
        String entryId,
        String tenant,
        String unitId,
        String documentId,
        String filename,
        String contentType,
        long size,
        String sha256,
        boolean publicFile,
        Instant addedAt) {

    public static final EventType<DocumentAdded> TYPE =
            new EventType<>("id.terbuka.catalogue.document-added.v1", Topics.CATALOGUE, DocumentAdded.class);
}

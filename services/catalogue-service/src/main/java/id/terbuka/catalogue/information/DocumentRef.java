package id.terbuka.catalogue.information;

import java.time.Instant;

/**
 * A file attached to an entry; the bytes are in GridFS under {@code id}.
 *
 * @param contentType detected from the bytes
 * @param sha256      hex SHA-256 of the stored bytes (also the download's ETag)
 */
public record DocumentRef(String id, String filename, String contentType, long size, String sha256,
                          Instant uploadedAt, String uploadedBy) {
}

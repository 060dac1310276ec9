package id.terbuka.request.information;

import java.time.Instant;

/** An uploaded document of a request, stored encrypted in GridFS under {@code documentId}. */
public record AttachedDocument(String documentId, String fileName, String contentType, long size, String sha256,
                               Instant uploadedAt) {
}

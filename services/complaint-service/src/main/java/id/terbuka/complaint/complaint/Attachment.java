package id.terbuka.complaint.complaint;

import java.time.Instant;

/**
 * A photo or document of a complaint; the bytes live in GridFS under {@code id}.
 *
 * @param contentType       detected from the bytes, not the client's claim
 * @param uploadedBy        REPORTER or STAFF
 * @param metadataStripped  EXIF / XMP / IPTC / comments were removed before storing (JPEG, PNG)
 */
public record Attachment(String id, String fileName, String contentType, long size, String sha256,
                         Instant uploadedAt, String uploadedBy, boolean metadataStripped) {
}

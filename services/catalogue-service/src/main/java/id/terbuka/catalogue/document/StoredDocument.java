package id.terbuka.catalogue.document;

/** A file written to GridFS: its id there, detected type, size and hex SHA-256. */
public record StoredDocument(String id, String filename, String contentType, long size, String sha256) {
}

package id.terbuka.complaint.complaint;

/** A named reporter's identity, every field AES-GCM-sealed; never kept for anonymous complaints. */
public record Reporter(String sealedName, String sealedEmail, String sealedPhone) {
}

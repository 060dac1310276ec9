package id.terbuka.complaint.complaint;

/** Why the coordinator did not accept a complaint (LAPOR! V3: arsipkan, bukan wewenang). */
public enum RejectionReason {
    NOT_A_COMPLAINT, DUPLICATE, INCOMPLETE, NOT_OUR_AUTHORITY
}

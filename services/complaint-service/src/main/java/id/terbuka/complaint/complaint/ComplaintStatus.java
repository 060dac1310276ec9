package id.terbuka.complaint.complaint;

import java.util.EnumSet;
import java.util.Set;

/** API.md, Complaints. */
public enum ComplaintStatus {
    RECEIVED, VERIFIED, DISPATCHED, IN_PROGRESS, RESPONDED, CLOSED, REJECTED, REOPENED;

    /** Where the unit owes a follow-up (its clock runs). */
    public static final Set<ComplaintStatus> AT_UNIT = EnumSet.of(DISPATCHED, IN_PROGRESS, REOPENED);

    /** Open311 has two statuses: a complaint still being handled is {@code open}. */
    public String open311() {
        return this == CLOSED || this == REJECTED ? "closed" : "open";
    }
}

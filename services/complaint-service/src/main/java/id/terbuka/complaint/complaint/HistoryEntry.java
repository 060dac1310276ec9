package id.terbuka.complaint.complaint;

import java.time.Instant;

/**
 * One step of a complaint as the public may see it (no staff names, no internal notes).
 *
 * @param event  RECEIVED, VERIFIED, REJECTED, DISPATCHED, FOLLOW_UP, RESPONDED, CLOSED, REOPENED
 * @param unitId the unit concerned (dispatch, follow-up)
 * @param note   public text: the follow-up, the rejection reason code
 */
public record HistoryEntry(Instant at, String event, ComplaintStatus status, String unitId, String note) {
}

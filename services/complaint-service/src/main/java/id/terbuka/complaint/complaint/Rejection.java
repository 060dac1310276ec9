package id.terbuka.complaint.complaint;

import java.time.Instant;

/** @param note the coordinator's explanation (e.g. where a NOT_OUR_AUTHORITY complaint was forwarded) */
public record Rejection(RejectionReason reason, String note, Instant at, String by, boolean late) {
}

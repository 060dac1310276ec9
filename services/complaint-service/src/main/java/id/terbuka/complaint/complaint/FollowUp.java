package id.terbuka.complaint.complaint;

import java.time.Instant;

/** A liaison's follow-up (tindak lanjut): progress ({@code IN_PROGRESS}) or the answer ({@code RESPONDED}). */
public record FollowUp(Instant at, String by, String unitId, ComplaintStatus status, String message,
                       Integer workingDaysTaken, boolean late) {
}

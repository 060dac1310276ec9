package id.terbuka.complaint.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** One dispatch to a unit; a re-dispatch adds another, so the trail stays. {@code note} is internal. */
public record Dispatch(String unitId, Instant at, String by, String note, LocalDate followUpDueDate) {
}

package id.terbuka.request.information;

import java.time.Instant;
import java.time.LocalDate;

/** The one extension of UU 14/2008 Pasal 22(8). {@code by} is the staff member's subject (not shown publicly). */
public record Extension(String reason, Instant extendedAt, String by, LocalDate previousDueDate) {
}

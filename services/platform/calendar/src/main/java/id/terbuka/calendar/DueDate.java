package id.terbuka.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Result of counting working days: the due date and how it was reached.
 *
 * @param dueDate     the last day of the period (the deadline is the end of this local day)
 * @param explanation start, count, skipped days and warnings
 */
public record DueDate(LocalDate dueDate, DueDateExplanation explanation) {

    public DueDate {
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(explanation, "explanation");
        if (!dueDate.equals(explanation.dueDate())) {
            throw new IllegalArgumentException("dueDate " + dueDate + " differs from explanation " + explanation.dueDate());
        }
    }

    /** Shortcut for {@code explanation().render(locale)}. */
    public String describe(Locale locale) {
        return explanation.render(locale);
    }
}

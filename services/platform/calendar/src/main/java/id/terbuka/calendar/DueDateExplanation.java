package id.terbuka.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a due date is what it is. Serialises to JSON as is (records of dates, enums and strings), for
 * services that return it as {@code dueDateExplanation}; {@link #render(Locale)} gives a sentence.
 *
 * @param start       the start day (not counted)
 * @param workingDays number of working days counted
 * @param basis       what the start day is (receipt or a previous due date being extended)
 * @param dueDate     the resulting due date
 * @param skippedDays every non-working day after {@code start} up to {@code dueDate}, ascending
 * @param warnings    e.g. years without holiday data; empty when the result is fully backed by data
 */
public record DueDateExplanation(LocalDate start,
                                 int workingDays,
                                 CountBasis basis,
                                 LocalDate dueDate,
                                 List<DayOff> skippedDays,
                                 List<CalendarWarning> warnings) {

    public DueDateExplanation {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(dueDate, "dueDate");
        skippedDays = List.copyOf(skippedDays);
        warnings = List.copyOf(warnings);
    }

    /** Indonesian sentence. */
    public String render() {
        return render(Texts.INDONESIAN);
    }

    /** English when the locale's language is {@code en}, Indonesian otherwise. */
    public String render(Locale locale) {
        return Texts.render(this, locale);
    }
}

package id.terbuka.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One calendar day that is not a working day for a stated reason.
 *
 * @param date   the day
 * @param kind   libur nasional, cuti bersama or libur daerah
 * @param name   Indonesian name, e.g. "Idul Fitri 1447 Hijriah"
 * @param source legal source, e.g. the SKB numbers; may be empty for local holidays
 */
public record Holiday(LocalDate date, HolidayKind kind, String name, String source) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        source = source == null ? "" : source;
    }
}

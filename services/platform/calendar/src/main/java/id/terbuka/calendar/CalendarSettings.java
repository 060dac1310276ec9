package id.terbuka.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-tenant working-day settings. Immutable; the {@code with*} methods return changed copies.
 *
 * @param timeZone                 the tenant's legal time zone, used to turn instants into local dates
 * @param workingWeek              days of the week that are working days (default Monday–Friday)
 * @param localHolidays            tenant-only days off (libur daerah), sorted by date, at most one per date
 * @param cutiBersamaIsWorkingDay  {@code true} if cuti bersama days count as working days; default
 *                                 {@code false} (the clock stops on cuti bersama, as in common practice)
 */
public record CalendarSettings(IndonesianTimeZone timeZone,
                               Set<DayOfWeek> workingWeek,
                               List<LocalHoliday> localHolidays,
                               boolean cutiBersamaIsWorkingDay) {

    /** Monday to Friday. */
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    /** Monday to Saturday, for offices with a six-day week. */
    public static final Set<DayOfWeek> MONDAY_TO_SATURDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

    public CalendarSettings {
        if (timeZone == null) {
            throw new InvalidCalendarSettingsException("timeZone", "time zone is required",
                    "zona waktu wajib diisi");
        }
        if (workingWeek == null || workingWeek.isEmpty()) {
            throw new InvalidCalendarSettingsException("workingWeek", "at least one working day of the week is required",
                    "minimal satu hari kerja dalam seminggu wajib dipilih");
        }
        for (DayOfWeek day : workingWeek) { // not contains(null): immutable sets throw on it
            if (day == null) {
                throw new InvalidCalendarSettingsException("workingWeek", "working week contains an empty day",
                        "hari kerja berisi nilai kosong");
            }
        }
        workingWeek = Set.copyOf(workingWeek);
        List<LocalHoliday> sorted = new ArrayList<>();
        if (localHolidays != null) {
            Set<LocalDate> seen = new HashSet<>();
            for (LocalHoliday h : localHolidays) {
                if (h == null) {
                    throw new InvalidCalendarSettingsException("localHolidays", "local holidays contain an empty entry",
                            "daftar libur daerah berisi nilai kosong");
                }
                if (!seen.add(h.date())) {
                    throw new InvalidCalendarSettingsException("localHolidays",
                            "two local holidays on " + h.date(),
                            "ada dua libur daerah pada " + h.date());
                }
                sorted.add(h);
            }
        }
        sorted.sort(Comparator.comparing(LocalHoliday::date));
        localHolidays = List.copyOf(sorted);
    }

    /** WIB, Monday–Friday, no local holidays, cuti bersama are not working days. */
    public static CalendarSettings defaults() {
        return new CalendarSettings(IndonesianTimeZone.WIB, MONDAY_TO_FRIDAY, List.of(), false);
    }

    /** Defaults in the given zone ({@code Asia/Makassar}, {@code WITA}, ...). */
    public static CalendarSettings forZone(String zone) {
        return defaults().withTimeZone(zone);
    }

    public CalendarSettings withTimeZone(IndonesianTimeZone zone) {
        return new CalendarSettings(zone, workingWeek, localHolidays, cutiBersamaIsWorkingDay);
    }

    /** @throws InvalidCalendarSettingsException if the zone is not one of Indonesia's three */
    public CalendarSettings withTimeZone(String zone) {
        return withTimeZone(IndonesianTimeZone.of(zone));
    }

    public CalendarSettings withWorkingWeek(Collection<DayOfWeek> days) {
        // HashSet, not Set.copyOf: a null element must reach the validation above, not throw a bare NPE
        return new CalendarSettings(timeZone, days == null ? null : new HashSet<>(days), localHolidays,
                cutiBersamaIsWorkingDay);
    }

    public CalendarSettings withWorkingWeek(DayOfWeek... days) {
        return withWorkingWeek(days == null ? null : Arrays.asList(days));
    }

    public CalendarSettings withLocalHolidays(List<LocalHoliday> holidays) {
        return new CalendarSettings(timeZone, workingWeek, holidays, cutiBersamaIsWorkingDay);
    }

    /** Adds one local holiday. */
    public CalendarSettings withLocalHoliday(LocalDate date, String name) {
        List<LocalHoliday> more = new ArrayList<>(localHolidays);
        more.add(new LocalHoliday(date, name));
        return withLocalHolidays(more);
    }

    public CalendarSettings withCutiBersamaAsWorkingDays(boolean cutiBersamaIsWorkingDay) {
        return new CalendarSettings(timeZone, workingWeek, localHolidays, cutiBersamaIsWorkingDay);
    }
}

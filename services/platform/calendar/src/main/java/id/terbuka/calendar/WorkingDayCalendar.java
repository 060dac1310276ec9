package id.terbuka.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counts hari kerja for one tenant: national holidays and cuti bersama from {@link NationalHolidays}, the
 * tenant's working week and local holidays, and the tenant's time zone for instants.
 *
 * <p>Rules: the start day is never counted (UU KIP: the day of receipt is not counted); counting starts on
 * the next day, so a start on a weekend or holiday simply counts from the next working days. A holiday on a
 * weekend is reported as the holiday. Years without holiday data only skip weekends and local holidays, and
 * every result that touches them carries a {@link CalendarWarning.Code#NO_HOLIDAY_DATA} warning.
 *
 * <p>Immutable and thread-safe; build one per tenant settings and reuse it. Each day costs one hash lookup.
 */
public final class WorkingDayCalendar {

    /** Largest count accepted (about four years); the longest legal period in the domain is 100 HK. */
    public static final int MAX_WORKING_DAYS = 1000;

    private final NationalHolidays national;
    private final CalendarSettings settings;
    private final Map<LocalDate, DayOff> daysOff;     // holidays that stop the clock for this tenant
    private final boolean[] workingDayOfWeek = new boolean[8]; // indexed by DayOfWeek.getValue()

    public WorkingDayCalendar(NationalHolidays national, CalendarSettings settings) {
        this.national = Objects.requireNonNull(national, "national");
        this.settings = Objects.requireNonNull(settings, "settings");
        for (DayOfWeek d : settings.workingWeek()) {
            workingDayOfWeek[d.getValue()] = true;
        }
        Map<LocalDate, DayOff> map = new HashMap<>();
        for (LocalHoliday h : settings.localHolidays()) {
            map.put(h.date(), DayOff.of(new Holiday(h.date(), HolidayKind.LIBUR_DAERAH, h.name(), "")));
        }
        // National days overwrite local ones on the same date: the national reason is the stronger explanation.
        for (Holiday h : national.all()) {
            if (h.kind() == HolidayKind.CUTI_BERSAMA && settings.cutiBersamaIsWorkingDay()) {
                continue;
            }
            map.put(h.date(), DayOff.of(h));
        }
        this.daysOff = Map.copyOf(map);
    }

    /** Calendar for {@code settings} with the holiday data shipped in this jar. */
    public static WorkingDayCalendar forTenant(CalendarSettings settings) {
        return new WorkingDayCalendar(NationalHolidays.bundled(), settings);
    }

    /** WIB, Monday–Friday, cuti bersama not working, bundled data. */
    public static WorkingDayCalendar defaults() {
        return forTenant(CalendarSettings.defaults());
    }

    public CalendarSettings settings() {
        return settings;
    }

    public NationalHolidays nationalHolidays() {
        return national;
    }

    /** The tenant-local calendar date of {@code instant} (WIB/WITA/WIT). */
    public LocalDate localDate(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return instant.atZone(settings.timeZone().zoneId()).toLocalDate();
    }

    /** Whether holiday data for {@code year} is loaded. */
    public boolean hasHolidayData(int year) {
        return national.covers(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return workingDayOfWeek[date.getDayOfWeek().getValue()] && !daysOff.containsKey(date);
    }

    /** Why {@code date} is not a working day, or empty if it is one. */
    public Optional<DayOff> dayOff(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(offOn(date));
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) { // terminates: the working week is never empty and holidays are finite
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The day on which {@code workingDays} working days after {@code start} have passed. {@code start} itself
     * is not counted.
     *
     * @throws IllegalArgumentException if {@code workingDays} is not between 1 and {@link #MAX_WORKING_DAYS}
     */
    public DueDate addWorkingDays(LocalDate start, int workingDays) {
        return count(start, workingDays, CountBasis.RECEIPT);
    }

    /** As {@link #addWorkingDays(LocalDate, int)} from the tenant-local date of {@code receivedAt}. */
    public DueDate addWorkingDays(Instant receivedAt, int workingDays) {
        return addWorkingDays(localDate(receivedAt), workingDays);
    }

    /**
     * Extends an existing due date by {@code workingDays} (e.g. UU KIP Ps 22(8): at most 7 HK). The old due
     * date is the start and is not counted again.
     */
    public DueDate extend(DueDate original, int workingDays) {
        Objects.requireNonNull(original, "original");
        return count(original.dueDate(), workingDays, CountBasis.EXTENSION);
    }

    /**
     * Working days in {@code (from, to]}: days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(s, addWorkingDays(s, n).dueDate()) == n}. Same day gives 0.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** As {@link #workingDaysBetween(LocalDate, LocalDate)} on the tenant-local dates of two instants. */
    public int workingDaysBetween(Instant from, Instant to) {
        return workingDaysBetween(localDate(from), localDate(to));
    }

    private DueDate count(LocalDate start, int n, CountBasis basis) {
        Objects.requireNonNull(start, "start");
        if (n < 1 || n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("number of working days must be between 1 and "
                    + MAX_WORKING_DAYS + ", was " + n);
        }
        List<DayOff> skipped = new ArrayList<>();
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            DayOff off = offOn(d);
            if (off == null) {
                counted++;
            } else {
                skipped.add(off);
            }
        }
        List<CalendarWarning> warnings = new ArrayList<>(1);
        for (int year = start.plusDays(1).getYear(); year <= d.getYear(); year++) {
            if (!national.covers(year)) {
                warnings.add(new CalendarWarning(CalendarWarning.Code.NO_HOLIDAY_DATA, year));
            }
        }
        return new DueDate(d, new DueDateExplanation(start, n, basis, d, skipped, warnings));
    }

    private DayOff offOn(LocalDate d) {
        DayOff holiday = daysOff.get(d);
        if (holiday != null) {
            return holiday;
        }
        return workingDayOfWeek[d.getDayOfWeek().getValue()] ? null : DayOff.weekend(d);
    }
}

package id.terbuka.identity.tenant;

import id.terbuka.calendar.CalendarSettings;
import id.terbuka.calendar.IndonesianTimeZone;
import id.terbuka.calendar.InvalidCalendarSettingsException;
import id.terbuka.calendar.LocalHoliday;
import id.terbuka.events.contracts.identity.LocalHolidayDay;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's working-day settings in the form stored and published (day names, holidays sorted by date), checked
 * by the platform calendar's own {@link CalendarSettings} so that every service can load what identity accepted.
 */
record TenantCalendar(List<String> workingDays, List<LocalHolidayDay> localHolidays, boolean cutiBersamaIsWorkingDay) {

    static TenantCalendar defaults() {
        return of(CalendarSettings.defaults());
    }

    /**
     * The calendar {@code details} asks for, falling back to {@code current} for fields it leaves out.
     *
     * @throws InvalidCalendarSettingsException with the offending field ({@code workingDays} or
     *                                          {@code localHolidays}) for settings the calendar refuses
     */
    static TenantCalendar from(TenantDetails details, TenantCalendar current) {
        CalendarSettings settings = CalendarSettings.forZone(details.timeZone());
        List<DayOfWeek> days = new ArrayList<>();
        for (String day : details.workingDays() != null ? details.workingDays() : current.workingDays()) {
            try {
                days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidCalendarSettingsException("workingDays", "unknown day '" + day
                        + "'; expected MONDAY..SUNDAY", "hari '" + day + "' tidak dikenal; pilihan MONDAY..SUNDAY");
            }
        }
        if (days.size() != days.stream().distinct().count()) {
            throw new InvalidCalendarSettingsException("workingDays", "a day is listed twice",
                    "ada hari yang disebut dua kali");
        }
        try {
            settings = settings.withWorkingWeek(days);
        } catch (InvalidCalendarSettingsException e) {
            throw new InvalidCalendarSettingsException("workingDays", e.message(Locale.ENGLISH),
                    e.message(Locale.forLanguageTag("id")));
        }
        List<LocalHoliday> holidays = new ArrayList<>();
        if (details.localHolidays() != null) {
            details.localHolidays().forEach(h -> holidays.add(new LocalHoliday(h.date(), h.name())));
        } else {
            current.localHolidays().forEach(h -> holidays.add(new LocalHoliday(h.date(), h.name())));
        }
        settings = settings.withLocalHolidays(holidays).withCutiBersamaAsWorkingDays(
                details.cutiBersamaIsWorkingDay() != null ? details.cutiBersamaIsWorkingDay()
                        : current.cutiBersamaIsWorkingDay());
        return of(settings);
    }

    static TenantCalendar of(CalendarSettings settings) {
        return new TenantCalendar(settings.workingWeek().stream().sorted().map(DayOfWeek::name).toList(),
                settings.localHolidays().stream().map(h -> new LocalHolidayDay(h.date(), h.name())).toList(),
                settings.cutiBersamaIsWorkingDay());
    }

    /** The settings other services rebuild from the tenant events. */
    CalendarSettings toSettings(String timeZone) {
        return CalendarSettings.defaults().withTimeZone(IndonesianTimeZone.of(timeZone))
                .withWorkingWeek(workingDays.stream().map(DayOfWeek::valueOf).toList())
                .withLocalHolidays(localHolidays.stream().map(h -> new LocalHoliday(h.date(), h.name())).toList())
                .withCutiBersamaAsWorkingDays(cutiBersamaIsWorkingDay);
    }
}

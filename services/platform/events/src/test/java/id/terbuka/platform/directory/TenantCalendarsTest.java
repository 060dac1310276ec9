package id.terbuka.platform.directory;

import id.terbuka.calendar.CalendarSettings;
import id.terbuka.calendar.IndonesianTimeZone;
import id.terbuka.events.contracts.identity.LocalHolidayDay;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TenantCalendarsTest {

    @Test
    void absentSettingsMeanThePlatformDefaultsInTheTenantsZone() {
        CalendarSettings settings = TenantCalendars.toSettings(
                new TenantCalendarSettings("kutai-timur", "Asia/Makassar", null, null, null, 0));

        assertThat(settings.timeZone()).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(settings.workingWeek()).isEqualTo(CalendarSettings.MONDAY_TO_FRIDAY);
        assertThat(settings.localHolidays()).isEmpty();
        assertThat(settings.cutiBersamaIsWorkingDay()).isFalse();
    }

    @Test
    void takesTheWorkingWeekLocalHolidaysAndCutiBersamaRuleFromTheTenant() {
        CalendarSettings settings = TenantCalendars.toSettings(new TenantCalendarSettings("kutai-timur",
                "Asia/Makassar", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"),
                List.of(new LocalHolidayDay(LocalDate.of(2026, 3, 5), "Hari Jadi")), true, 3));

        assertThat(settings.workingWeek()).contains(DayOfWeek.SATURDAY).hasSize(6);
        assertThat(settings.localHolidays()).singleElement()
                .satisfies(h -> assertThat(h.date()).isEqualTo(LocalDate.of(2026, 3, 5)));
        assertThat(settings.cutiBersamaIsWorkingDay()).isTrue();
    }

    @Test
    void unusableSettingsFallBackToTheZonesDefaultsRatherThanFailingEveryFiling() {
        CalendarSettings settings = TenantCalendars.toSettings(
                new TenantCalendarSettings("x", "Asia/Jayapura", List.of(), null, null, 0));
        assertThat(settings.timeZone()).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(settings.workingWeek()).isEqualTo(CalendarSettings.MONDAY_TO_FRIDAY);
    }
}

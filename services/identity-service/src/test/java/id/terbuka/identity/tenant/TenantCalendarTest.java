package id.terbuka.identity.tenant;

import id.terbuka.calendar.InvalidCalendarSettingsException;
import id.terbuka.events.contracts.identity.LocalHolidayDay;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantCalendarTest {

    private static TenantDetails details(List<String> days, List<TenantDetails.Holiday> holidays, Boolean cuti) {
        return new TenantDetails("kutai-timur", "Kabupaten Kutai Timur", "64.08", "Kalimantan Timur",
                "Asia/Makassar", days, holidays, cuti);
    }

    @Test
    void defaultsToMondayToFridayWithoutLocalHolidays() {
        TenantCalendar calendar = TenantCalendar.from(details(null, null, null), TenantCalendar.defaults());
        assertThat(calendar.workingDays()).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        assertThat(calendar.localHolidays()).isEmpty();
        assertThat(calendar.cutiBersamaIsWorkingDay()).isFalse();
    }

    @Test
    void acceptsASixDayWeekLocalHolidaysSortedAndCutiBersamaAsWorkingDays() {
        TenantCalendar calendar = TenantCalendar.from(details(
                List.of("saturday", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                List.of(new TenantDetails.Holiday(LocalDate.of(2026, 12, 24), "Hari Jadi"),
                        new TenantDetails.Holiday(LocalDate.of(2026, 3, 1), "Festival")), true),
                TenantCalendar.defaults());
        assertThat(calendar.workingDays()).hasSize(6).contains("SATURDAY");
        assertThat(calendar.localHolidays()).extracting(LocalHolidayDay::date)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 24));
        assertThat(calendar.cutiBersamaIsWorkingDay()).isTrue();
    }

    @Test
    void keepsTheCurrentSettingsForFieldsAnUpdateLeavesOut() {
        TenantCalendar current = new TenantCalendar(List.of("MONDAY"),
                List.of(new LocalHolidayDay(LocalDate.of(2026, 5, 5), "Hari Jadi")), true);
        assertThat(TenantCalendar.from(details(null, null, null), current)).isEqualTo(current);
    }

    @Test
    void namesTheFieldOfEveryRefusedSetting() {
        assertThatThrownBy(() -> TenantCalendar.from(details(List.of(), null, null), TenantCalendar.defaults()))
                .isInstanceOfSatisfying(InvalidCalendarSettingsException.class,
                        e -> assertThat(e.field()).isEqualTo("workingDays"));
        assertThatThrownBy(() -> TenantCalendar.from(details(List.of("FUNDAY"), null, null),
                TenantCalendar.defaults()))
                .isInstanceOfSatisfying(InvalidCalendarSettingsException.class,
                        e -> assertThat(e.field()).isEqualTo("workingDays"));
        assertThatThrownBy(() -> TenantCalendar.from(details(List.of("MONDAY", "MONDAY"), null, null),
                TenantCalendar.defaults()))
                .isInstanceOfSatisfying(InvalidCalendarSettingsException.class,
                        e -> assertThat(e.field()).isEqualTo("workingDays"));
        LocalDate day = LocalDate.of(2026, 8, 1);
        assertThatThrownBy(() -> TenantCalendar.from(details(null, List.of(new TenantDetails.Holiday(day, "A"),
                new TenantDetails.Holiday(day, "B")), null), TenantCalendar.defaults()))
                .isInstanceOfSatisfying(InvalidCalendarSettingsException.class,
                        e -> assertThat(e.field()).isEqualTo("localHolidays"));
    }
}

package id.terbuka.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarSettingsTest {

    @Test
    void defaultsToWibMondayToFridayWithCutiBersamaNotWorking() {
        CalendarSettings s = CalendarSettings.defaults();

        assertThat(s.timeZone()).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(s.timeZone().zoneId()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(s.workingWeek()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(s.localHolidays()).isEmpty();
        assertThat(s.cutiBersamaIsWorkingDay()).isFalse();
    }

    @Test
    void acceptsTheThreeIndonesianZonesByIdOrAbbreviation() {
        assertThat(IndonesianTimeZone.of("Asia/Jakarta")).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(IndonesianTimeZone.of("asia/makassar")).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.of("Asia/Jayapura")).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(IndonesianTimeZone.of(" wita ")).isEqualTo(IndonesianTimeZone.WITA);
        assertThat(IndonesianTimeZone.of("Asia/Pontianak")).isEqualTo(IndonesianTimeZone.WIB);
        assertThat(IndonesianTimeZone.of(ZoneId.of("Asia/Jayapura"))).isEqualTo(IndonesianTimeZone.WIT);
        assertThat(CalendarSettings.forZone("WIT").timeZone().id()).isEqualTo("Asia/Jayapura");
    }

    @Test
    void rejectsUnknownTimeZoneWithClearMessage() {
        assertThatThrownBy(() -> CalendarSettings.forZone("Europe/Berlin"))
                .isInstanceOfSatisfying(InvalidCalendarSettingsException.class, e -> {
                    assertThat(e.field()).isEqualTo("timeZone");
                    assertThat(e.getMessage()).isEqualTo("timeZone: unknown time zone 'Europe/Berlin'; expected"
                            + " Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)");
                    assertThat(e.message(Locale.ENGLISH)).startsWith("unknown time zone 'Europe/Berlin'");
                    assertThat(e.message(Locale.of("id"))).startsWith("zona waktu 'Europe/Berlin' tidak dikenal");
                });
        assertThatThrownBy(() -> CalendarSettings.forZone("Asia/Singapore"))
                .isInstanceOf(InvalidCalendarSettingsException.class);
        assertThatThrownBy(() -> CalendarSettings.forZone(" "))
                .isInstanceOf(InvalidCalendarSettingsException.class).hasMessageContaining("required");
        assertThatThrownBy(() -> CalendarSettings.defaults().withTimeZone((IndonesianTimeZone) null))
                .isInstanceOf(InvalidCalendarSettingsException.class);
    }

    @Test
    void rejectsEmptyOrNullWorkingWeek() {
        assertThatThrownBy(() -> CalendarSettings.defaults().withWorkingWeek(List.of()))
                .isInstanceOfSatisfying(InvalidCalendarSettingsException.class,
                        e -> assertThat(e.field()).isEqualTo("workingWeek"));
        assertThatThrownBy(() -> CalendarSettings.defaults().withWorkingWeek(Arrays.asList(DayOfWeek.MONDAY, null)))
                .isInstanceOf(InvalidCalendarSettingsException.class);
        assertThatThrownBy(() -> CalendarSettings.defaults().withWorkingWeek((List<DayOfWeek>) null))
                .isInstanceOf(InvalidCalendarSettingsException.class);
    }

    @Test
    void rejectsLocalHolidayWithoutNameOrDateOrTwiceOnOneDate() {
        LocalDate day = LocalDate.parse("2026-03-10");
        assertThatThrownBy(() -> CalendarSettings.defaults().withLocalHoliday(day, "  "))
                .isInstanceOfSatisfying(InvalidCalendarSettingsException.class,
                        e -> assertThat(e.field()).isEqualTo("localHolidays"));
        assertThatThrownBy(() -> CalendarSettings.defaults().withLocalHoliday(null, "Hari Jadi"))
                .isInstanceOf(InvalidCalendarSettingsException.class);
        assertThatThrownBy(() -> CalendarSettings.defaults().withLocalHoliday(day, "A").withLocalHoliday(day, "B"))
                .isInstanceOf(InvalidCalendarSettingsException.class)
                .hasMessageContaining("two local holidays on 2026-03-10");
    }

    @Test
    void copiesCollectionsSoLaterChangesDoNotLeakIn() {
        List<LocalHoliday> holidays = new ArrayList<>(List.of(new LocalHoliday(LocalDate.parse("2026-03-10"), "X")));
        Set<DayOfWeek> week = new HashSet<>(CalendarSettings.MONDAY_TO_FRIDAY);
        CalendarSettings s = new CalendarSettings(IndonesianTimeZone.WITA, week, holidays, true);

        holidays.clear();
        week.add(DayOfWeek.SATURDAY);

        assertThat(s.localHolidays()).hasSize(1);
        assertThat(s.workingWeek()).doesNotContain(DayOfWeek.SATURDAY);
        assertThatThrownBy(() -> s.workingWeek().add(DayOfWeek.SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sortsLocalHolidaysByDate() {
        CalendarSettings s = CalendarSettings.defaults()
                .withLocalHoliday(LocalDate.parse("2026-09-01"), "B")
                .withLocalHoliday(LocalDate.parse("2026-03-01"), "A");

        assertThat(s.localHolidays()).extracting(LocalHoliday::name).containsExactly("A", "B");
    }
}

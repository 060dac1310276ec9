package id.terbuka.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar wib = WorkingDayCalendar.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> dates(DueDate due) {
        return due.explanation().skippedDays().stream().map(DayOff::date).toList();
    }

    @Test
    void doesNotCountDayOfReceiptAndSkipsWeekends() {
        DueDate due = wib.addWorkingDays(d("2026-03-02"), 10); // Monday

        assertThat(due.dueDate()).isEqualTo(d("2026-03-16"));
        assertThat(due.explanation().start()).isEqualTo(d("2026-03-02"));
        assertThat(due.explanation().workingDays()).isEqualTo(10);
        assertThat(due.explanation().basis()).isEqualTo(CountBasis.RECEIPT);
        assertThat(due.explanation().skippedDays())
                .extracting(DayOff::date, DayOff::reason)
                .containsExactly(
                        tuple(d("2026-03-07"), DayOffReason.WEEKEND),
                        tuple(d("2026-03-08"), DayOffReason.WEEKEND),
                        tuple(d("2026-03-14"), DayOffReason.WEEKEND),
                        tuple(d("2026-03-15"), DayOffReason.WEEKEND));
        assertThat(due.explanation().warnings()).isEmpty();
    }

    @Test
    void skipsCutiBersamaWhenCountingWorkingDays() {
        // 17 Mar counts; 18 cuti (Nyepi), 19 Nyepi, 20 cuti, 21–22 Idul Fitri, 23–24 cuti; Good Friday 3 Apr, Easter 5 Apr.
        DueDate due = wib.addWorkingDays(d("2026-03-16"), 10);

        assertThat(due.dueDate()).isEqualTo(d("2026-04-07"));
        assertThat(due.explanation().skippedDays())
                .extracting(DayOff::date, DayOff::reason, DayOff::name)
                .startsWith(
                        tuple(d("2026-03-18"), DayOffReason.CUTI_BERSAMA,
                                "Hari Suci Nyepi Tahun Baru Saka 1948"),
                        tuple(d("2026-03-19"), DayOffReason.LIBUR_NASIONAL,
                                "Hari Suci Nyepi Tahun Baru Saka 1948"),
                        tuple(d("2026-03-20"), DayOffReason.CUTI_BERSAMA,
                                "Idul Fitri 1447 Hijriah"),
                        tuple(d("2026-03-21"), DayOffReason.LIBUR_NASIONAL,
                                "Idul Fitri 1447 Hijriah"),
                        tuple(d("2026-03-22"), DayOffReason.LIBUR_NASIONAL,
                                "Idul Fitri 1447 Hijriah"),
                        tuple(d("2026-03-23"), DayOffReason.CUTI_BERSAMA,
                                "Idul Fitri 1447 Hijriah"),
                        tuple(d("2026-03-24"), DayOffReason.CUTI_BERSAMA,
                                "Idul Fitri 1447 Hijriah"));
        assertThat(dates(due)).containsExactly(
                d("2026-03-18"), d("2026-03-19"), d("2026-03-20"), d("2026-03-21"), d("2026-03-22"),
                d("2026-03-23"), d("2026-03-24"), d("2026-03-28"), d("2026-03-29"),
                d("2026-04-03"), d("2026-04-04"), d("2026-04-05"));
        assertThat(due.explanation().skippedDays().get(1).source()).isEqualTo("SKB No. 1497/2025, 2/2025, 5/2025");
    }

    @Test
    void countsCutiBersamaAsWorkingDaysWhenTenantSaysSo() {
        WorkingDayCalendar cal = WorkingDayCalendar.forTenant(
                CalendarSettings.defaults().withCutiBersamaAsWorkingDays(true));

        DueDate due = cal.addWorkingDays(d("2026-03-16"), 10);

        // Only Nyepi (19) and the Idul Fitri weekend (21–22) stop the clock; 18, 20, 23, 24 count.
        assertThat(due.dueDate()).isEqualTo(d("2026-03-31"));
        assertThat(due.explanation().skippedDays()).extracting(DayOff::reason)
                .doesNotContain(DayOffReason.CUTI_BERSAMA);
        assertThat(dates(due)).containsExactly(
                d("2026-03-19"), d("2026-03-21"), d("2026-03-22"), d("2026-03-28"), d("2026-03-29"));
        assertThat(cal.isWorkingDay(d("2026-03-18"))).isTrue();
        assertThat(wib.isWorkingDay(d("2026-03-18"))).isFalse();
    }

    @Test
    void skipsGoodFridayAndReportsEasterSundayAsHolidayNotWeekend() {
        DueDate due = wib.addWorkingDays(d("2026-04-02"), 1); // Thursday before Good Friday

        assertThat(due.dueDate()).isEqualTo(d("2026-04-06"));
        assertThat(due.explanation().skippedDays())
                .extracting(DayOff::date, DayOff::reason)
                .containsExactly(
                        tuple(d("2026-04-03"), DayOffReason.LIBUR_NASIONAL),
                        tuple(d("2026-04-04"), DayOffReason.WEEKEND),
                        tuple(d("2026-04-05"), DayOffReason.LIBUR_NASIONAL));
        assertThat(due.explanation().skippedDays().get(2).name()).isEqualTo("Kebangkitan Yesus Kristus (Paskah)");
    }

    @Test
    void skipsAscensionAndItsCutiBersamaInMay() {
        DueDate due = wib.addWorkingDays(d("2026-05-13"), 3); // 14 Kenaikan, 15 cuti bersama, 16–17 weekend

        assertThat(due.dueDate()).isEqualTo(d("2026-05-20"));
        assertThat(dates(due)).containsExactly(d("2026-05-14"), d("2026-05-15"), d("2026-05-16"), d("2026-05-17"));
    }

    @Test
    void skipsIdulAdhaWaisakAndPancasilaAroundEndOfMay() {
        // 27 Idul Adha, 28 cuti bersama, 29 counts, 30 Sat, 31 Waisak (Sun), 1 Jun Pancasila, 2 and 3 count.
        DueDate due = wib.addWorkingDays(d("2026-05-26"), 3);

        assertThat(due.dueDate()).isEqualTo(d("2026-06-03"));
        assertThat(dates(due)).containsExactly(
                d("2026-05-27"), d("2026-05-28"), d("2026-05-30"), d("2026-05-31"), d("2026-06-01"));
        assertThat(wib.dayOff(d("2026-05-31"))).get().extracting(DayOff::name).isEqualTo("Hari Raya Waisak 2570 BE");
    }

    @Test
    void countsSaturdaysForMondayToSaturdayTenant() {
        WorkingDayCalendar sixDay = WorkingDayCalendar.forTenant(
                CalendarSettings.defaults().withWorkingWeek(CalendarSettings.MONDAY_TO_SATURDAY));

        DueDate due = sixDay.addWorkingDays(d("2026-03-02"), 10);

        assertThat(due.dueDate()).isEqualTo(d("2026-03-13"));
        assertThat(dates(due)).containsExactly(d("2026-03-08"));
        assertThat(sixDay.isWorkingDay(d("2026-03-07"))).isTrue();
        assertThat(sixDay.isWorkingDay(d("2026-03-21"))).as("Idul Fitri on a Saturday").isFalse();
    }

    @Test
    void skipsTenantLocalHoliday() {
        WorkingDayCalendar sleman = WorkingDayCalendar.forTenant(CalendarSettings.defaults()
                .withLocalHoliday(d("2026-03-10"), "Hari Jadi Kabupaten Contoh"));

        DueDate due = sleman.addWorkingDays(d("2026-03-02"), 10);

        assertThat(due.dueDate()).isEqualTo(d("2026-03-17"));
        assertThat(due.explanation().skippedDays()).contains(
                new DayOff(d("2026-03-10"), DayOffReason.LIBUR_DAERAH, "Hari Jadi Kabupaten Contoh", null));
        assertThat(wib.addWorkingDays(d("2026-03-02"), 10).dueDate()).as("other tenants unaffected")
                .isEqualTo(d("2026-03-16"));
    }

    @Test
    void keepsLocalHolidayThatFallsOnCutiBersamaWhenCutiBersamaIsWorking() {
        WorkingDayCalendar cal = WorkingDayCalendar.forTenant(CalendarSettings.defaults()
                .withCutiBersamaAsWorkingDays(true)
                .withLocalHoliday(d("2026-03-23"), "Libur Lebaran Daerah"));

        assertThat(cal.isWorkingDay(d("2026-03-23"))).isFalse();
        assertThat(cal.dayOff(d("2026-03-23"))).get().extracting(DayOff::reason).isEqualTo(DayOffReason.LIBUR_DAERAH);
        assertThat(cal.isWorkingDay(d("2026-03-24"))).isTrue();
    }

    @Test
    void usesTenantLocalDateForInstantsAtTheDayBoundary() {
        // 16:30 UTC = 23:30 WIB on Monday 2 March, but already 00:30 WITA / 01:30 WIT on Tuesday 3 March.
        Instant lateMonday = Instant.parse("2026-03-02T16:30:00Z");
        WorkingDayCalendar wita = WorkingDayCalendar.forTenant(CalendarSettings.forZone("Asia/Makassar"));
        WorkingDayCalendar wit = WorkingDayCalendar.forTenant(CalendarSettings.forZone("Asia/Jayapura"));

        assertThat(wib.localDate(lateMonday)).isEqualTo(d("2026-03-02"));
        assertThat(wita.localDate(lateMonday)).isEqualTo(d("2026-03-03"));
        assertThat(wib.addWorkingDays(lateMonday, 10).dueDate()).isEqualTo(d("2026-03-16"));
        assertThat(wita.addWorkingDays(lateMonday, 10).dueDate()).isEqualTo(d("2026-03-17"));
        assertThat(wit.addWorkingDays(lateMonday, 10).dueDate()).isEqualTo(d("2026-03-17"));
        assertThat(wita.addWorkingDays(lateMonday, 10).explanation().start()).isEqualTo(d("2026-03-03"));
    }

    @Test
    void instantJustBeforeWibMidnightStaysOnSameDay() {
        assertThat(wib.localDate(Instant.parse("2026-03-02T16:59:59Z"))).isEqualTo(d("2026-03-02"));
        assertThat(wib.localDate(Instant.parse("2026-03-02T17:00:00Z"))).isEqualTo(d("2026-03-03"));
    }

    @Test
    void addsSevenDayExtensionOnTopOfDueDate() {
        DueDate original = wib.addWorkingDays(d("2026-03-02"), 10);

        DueDate extended = wib.extend(original, 7);

        // 17 Mar counts, 18–24 Mar are Nyepi/Idul Fitri days, then 25, 26, 27, 30, 31 Mar, 1 Apr.
        assertThat(extended.dueDate()).isEqualTo(d("2026-04-01"));
        assertThat(extended.explanation().start()).isEqualTo(d("2026-03-16"));
        assertThat(extended.explanation().basis()).isEqualTo(CountBasis.EXTENSION);
        assertThat(extended.explanation().workingDays()).isEqualTo(7);
        assertThat(wib.workingDaysBetween(d("2026-03-02"), extended.dueDate())).isEqualTo(17);
    }

    @Test
    void warnsWhenSpanReachesYearWithoutHolidayData() {
        // 24 Dec cuti bersama, 25 Dec Christmas; 1 Jan 2027 is NOT skipped because 2027 has no data yet.
        DueDate due = wib.addWorkingDays(d("2026-12-21"), 10);

        assertThat(due.dueDate()).isEqualTo(d("2027-01-06"));
        assertThat(dates(due)).containsExactly(d("2026-12-24"), d("2026-12-25"), d("2026-12-26"), d("2026-12-27"),
                d("2027-01-02"), d("2027-01-03"));
        assertThat(due.explanation().warnings())
                .containsExactly(new CalendarWarning(CalendarWarning.Code.NO_HOLIDAY_DATA, 2027));
        assertThat(wib.hasHolidayData(2027)).isFalse();
    }

    @Test
    void doesNotWarnWhenStartDayAloneIsInYearWithoutData() {
        // Starting on 31 Dec 2024 only counts days in 2025, which has data.
        DueDate due = wib.addWorkingDays(d("2024-12-31"), 1);

        assertThat(due.dueDate()).isEqualTo(d("2025-01-02"));
        assertThat(due.explanation().warnings()).isEmpty();
    }

    @Test
    void appliesTheAugust2025AmendmentCutiBersama() {
        // 17 Aug 2025 (Sun) Proklamasi, 18 Aug (Mon) cuti bersama added by SKB 933/2025, 1/2025, 3/2025.
        DueDate due = wib.addWorkingDays(d("2025-08-15"), 1);

        assertThat(due.dueDate()).isEqualTo(d("2025-08-19"));
        assertThat(wib.dayOff(d("2025-08-18"))).get().extracting(DayOff::reason, DayOff::source)
                .containsExactly(DayOffReason.CUTI_BERSAMA, "SKB No. 933/2025, 1/2025, 3/2025 (perubahan, 7 Agu 2025)");
    }

    @Test
    void countsFromNextWorkingDaysWhenStartIsWeekendOrHoliday() {
        assertThat(wib.addWorkingDays(d("2026-03-14"), 1).dueDate()).as("Saturday receipt").isEqualTo(d("2026-03-16"));
        assertThat(wib.addWorkingDays(d("2026-03-19"), 1).dueDate()).as("receipt on Nyepi").isEqualTo(d("2026-03-25"));
    }

    @Test
    void rejectsZeroNegativeAndHugeCounts() {
        assertThatThrownBy(() -> wib.addWorkingDays(d("2026-03-02"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was 0");
        assertThatThrownBy(() -> wib.addWorkingDays(d("2026-03-02"), -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was -3");
        assertThatThrownBy(() -> wib.addWorkingDays(d("2026-03-02"), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> wib.extend(wib.addWorkingDays(d("2026-03-02"), 10), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsWorkingDaysAndHolidaysApart() {
        assertThat(wib.isWorkingDay(d("2026-03-02"))).isTrue();
        assertThat(wib.isWorkingDay(d("2026-03-07"))).as("Saturday").isFalse();
        assertThat(wib.isWorkingDay(d("2026-02-16"))).as("cuti bersama Imlek").isFalse();
        assertThat(wib.isWorkingDay(d("2026-02-17"))).as("Imlek").isFalse();
        assertThat(wib.isWorkingDay(d("2026-08-25"))).as("Maulid").isFalse();
        assertThat(wib.isWorkingDay(d("2027-01-01"))).as("no data for 2027").isTrue();
        assertThat(wib.dayOff(d("2026-03-02"))).isEmpty();
        assertThat(wib.dayOff(d("2026-03-08"))).get().extracting(DayOff::reason).isEqualTo(DayOffReason.WEEKEND);
    }

    @Test
    void findsNextWorkingDayStrictlyAfterDate() {
        assertThat(wib.nextWorkingDay(d("2026-03-02"))).isEqualTo(d("2026-03-03"));
        assertThat(wib.nextWorkingDay(d("2026-03-17"))).isEqualTo(d("2026-03-25"));
        assertThat(wib.nextWorkingDay(d("2026-12-23"))).isEqualTo(d("2026-12-28"));
    }

    @Test
    void countsWorkingDaysBetweenExclusiveOfStart() {
        assertThat(wib.workingDaysBetween(d("2026-03-02"), d("2026-03-16"))).isEqualTo(10);
        assertThat(wib.workingDaysBetween(d("2026-03-16"), d("2026-04-07"))).isEqualTo(10);
        assertThat(wib.workingDaysBetween(d("2026-03-17"), d("2026-03-24"))).as("all holidays").isZero();
        assertThat(wib.workingDaysBetween(d("2026-03-02"), d("2026-03-02"))).isZero();
        assertThat(wib.workingDaysBetween(Instant.parse("2026-03-02T03:00:00Z"), Instant.parse("2026-03-04T03:00:00Z")))
                .isEqualTo(2);
        assertThatThrownBy(() -> wib.workingDaysBetween(d("2026-03-16"), d("2026-03-02")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenInvertsAddWorkingDaysAcrossTheYear() {
        WorkingDayCalendar[] calendars = {
                wib,
                WorkingDayCalendar.forTenant(CalendarSettings.defaults().withCutiBersamaAsWorkingDays(true)),
                WorkingDayCalendar.forTenant(CalendarSettings.defaults().withWorkingWeek(CalendarSettings.MONDAY_TO_SATURDAY))
        };
        for (WorkingDayCalendar cal : calendars) {
            for (LocalDate start = d("2026-01-01"); start.getYear() == 2026; start = start.plusDays(1)) {
                for (int n : new int[] {1, 3, 5, 10, 14, 30}) {
                    DueDate due = cal.addWorkingDays(start, n);
                    assertThat(cal.workingDaysBetween(start, due.dueDate())).isEqualTo(n);
                    assertThat(cal.isWorkingDay(due.dueDate())).isTrue();
                    assertThat(due.explanation().skippedDays()).allMatch(s -> !cal.isWorkingDay(s.date()));
                    long span = due.dueDate().toEpochDay() - start.toEpochDay();
                    assertThat(span).isEqualTo(n + due.explanation().skippedDays().size());
                }
            }
        }
    }

    @Test
    void mondayOnlyWeekStillTerminates() {
        WorkingDayCalendar mondays = WorkingDayCalendar.forTenant(
                CalendarSettings.defaults().withWorkingWeek(DayOfWeek.MONDAY));

        // 16 Feb and 23 Mar and 1 Jun 2026 are Monday holidays.
        assertThat(mondays.addWorkingDays(d("2026-02-10"), 1).dueDate()).isEqualTo(d("2026-02-23"));
    }
}

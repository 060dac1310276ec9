package id.terbuka.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NationalHolidaysTest {

    private final NationalHolidays bundled = NationalHolidays.bundled();

    private static List<LocalDate> datesOf(List<Holiday> holidays, HolidayKind kind) {
        return holidays.stream().filter(h -> h.kind() == kind).map(Holiday::date).toList();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bundledDataCoversExactly2025And2026() {
        assertThat(bundled.coveredYears()).containsExactly(2025, 2026);
        assertThat(bundled.covers(2027)).isFalse();
        assertThat(bundled.sourceOf(2026)).get().asString().contains("1497/2025, 2/2025, 5/2025");
        assertThat(bundled.sourceOf(2025)).get().asString().contains("1017/2024").contains("933/2025");
    }

    @Test
    void has2025ListFromSkbIncludingAugustAmendment() {
        List<Holiday> y2025 = bundled.inYear(2025);

        assertThat(datesOf(y2025, HolidayKind.LIBUR_NASIONAL)).containsExactly(
                d("2025-01-01"), d("2025-01-27"), d("2025-01-29"), d("2025-03-29"), d("2025-03-31"), d("2025-04-01"),
                d("2025-04-18"), d("2025-04-20"), d("2025-05-01"), d("2025-05-12"), d("2025-05-29"), d("2025-06-01"),
                d("2025-06-06"), d("2025-06-27"), d("2025-08-17"), d("2025-09-05"), d("2025-12-25"));
        assertThat(datesOf(y2025, HolidayKind.CUTI_BERSAMA)).containsExactly(
                d("2025-01-28"), d("2025-03-28"), d("2025-04-02"), d("2025-04-03"), d("2025-04-04"), d("2025-04-07"),
                d("2025-05-13"), d("2025-05-30"), d("2025-06-09"), d("2025-08-18"), d("2025-12-26"));
        assertThat(bundled.on(d("2025-08-18"))).get().extracting(Holiday::source).asString().contains("933/2025");
    }

    @Test
    void has2026ListFromSkb() {
        List<Holiday> y2026 = bundled.inYear(2026);

        assertThat(datesOf(y2026, HolidayKind.LIBUR_NASIONAL)).containsExactly(
                d("2026-01-01"), d("2026-01-16"), d("2026-02-17"), d("2026-03-19"), d("2026-03-21"), d("2026-03-22"),
                d("2026-04-03"), d("2026-04-05"), d("2026-05-01"), d("2026-05-14"), d("2026-05-27"), d("2026-05-31"),
                d("2026-06-01"), d("2026-06-16"), d("2026-08-17"), d("2026-08-25"), d("2026-12-25"));
        assertThat(datesOf(y2026, HolidayKind.CUTI_BERSAMA)).containsExactly(
                d("2026-02-16"), d("2026-03-18"), d("2026-03-20"), d("2026-03-23"), d("2026-03-24"), d("2026-05-15"),
                d("2026-05-28"), d("2026-12-24"));
        assertThat(y2026).allSatisfy(h -> {
            assertThat(h.name()).isNotBlank();
            assertThat(h.source()).isEqualTo("SKB No. 1497/2025, 2/2025, 5/2025");
        });
    }

    @Test
    void cutiBersamaInBundledDataFallOnWeekdays() {
        for (int year : bundled.coveredYears()) {
            assertThat(datesOf(bundled.inYear(year), HolidayKind.CUTI_BERSAMA))
                    .allSatisfy(date -> assertThat(date.getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
        }
    }

    @Test
    void parsesCommentsBlankLinesAndByteOrderMark() {
        NationalHolidays parsed = NationalHolidays.parse(new StringReader("""
                \uFEFF# comment
                YEAR|2030|SKB test

                2030-01-01 | LIBUR_NASIONAL | Tahun Baru 2030 Masehi | SKB test
                """), "test");

        assertThat(parsed.coveredYears()).containsExactly(2030);
        assertThat(parsed.on(d("2030-01-01"))).get()
                .isEqualTo(new Holiday(d("2030-01-01"), HolidayKind.LIBUR_NASIONAL, "Tahun Baru 2030 Masehi", "SKB test"));
    }

    @Test
    void declaredYearWithoutEntriesStillCounts() {
        NationalHolidays parsed = NationalHolidays.parse(new StringReader("YEAR|2031|SKB kosong\n"), "t");

        assertThat(parsed.covers(2031)).isTrue();
        assertThat(parsed.inYear(2031)).isEmpty();
    }

    @Test
    void mergesTwoDifferentHolidaysOnOneDate() {
        NationalHolidays parsed = NationalHolidays.parse(new StringReader("""
                YEAR|2030|S
                2030-02-01|CUTI_BERSAMA|A|S
                2030-02-01|LIBUR_NASIONAL|B|S
                """), "t");

        assertThat(parsed.on(d("2030-02-01"))).get()
                .isEqualTo(new Holiday(d("2030-02-01"), HolidayKind.LIBUR_NASIONAL, "A / B", "S"));
    }

    @Test
    void rejectsMalformedLinesWithLineNumber() {
        assertRejected("YEAR|2030|S\n2030-13-01|LIBUR_NASIONAL|X|S\n", "f.txt line 2: '2030-13-01' is not a date");
        assertRejected("YEAR|2030|S\n2030-01-01|LIBUR|X|S\n", "line 2: kind 'LIBUR'");
        assertRejected("YEAR|2030|S\n2030-01-01|LIBUR_DAERAH|X|S\n", "line 2: kind 'LIBUR_DAERAH'");
        assertRejected("YEAR|2030|S\n2030-01-01|LIBUR_NASIONAL|X\n", "line 2: a holiday record has 4 fields");
        assertRejected("YEAR|2030|S\n2030-01-01|LIBUR_NASIONAL||S\n", "line 2: the holiday name is empty");
        assertRejected("YEAR|2030|S\n2030-01-01|LIBUR_NASIONAL|X|\n", "line 2: the legal source is empty");
        assertRejected("YEAR|20x0|S\n", "line 1: '20x0' is not a year");
        assertRejected("YEAR|2030\n", "line 1: a YEAR record has 3 fields");
        assertRejected("YEAR|2030|S\nYEAR|2030|S\n", "line 2: year 2030 is declared twice");
        assertRejected("YEAR|2030|S\n2030-01-01|LIBUR_NASIONAL|X|S\n2030-01-01|LIBUR_NASIONAL|X|S\n",
                "line 3: 2030-01-01 is listed twice");
    }

    @Test
    void rejectsEntryForUndeclaredYear() {
        assertRejected("YEAR|2030|S\n2031-01-01|LIBUR_NASIONAL|X|S\n", "line 2: year 2031 has no YEAR record");
    }

    private static void assertRejected(String text, String message) {
        assertThatThrownBy(() -> NationalHolidays.parse(new StringReader(text), "f.txt"))
                .isInstanceOf(HolidayDataException.class)
                .hasMessageContaining(message);
    }
}

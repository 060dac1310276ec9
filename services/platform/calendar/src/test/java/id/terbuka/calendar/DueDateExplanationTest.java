package id.terbuka.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DueDateExplanationTest {

    private final WorkingDayCalendar wib = WorkingDayCalendar.defaults();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void rendersIndonesianSentenceByDefault() {
        DueDate due = wib.addWorkingDays(d("2026-03-02"), 10);

        assertThat(due.explanation().render()).isEqualTo(
                "10 hari kerja sejak 2 Maret 2026 (hari penerimaan tidak dihitung), batas waktu Senin, 16 Maret 2026;"
                        + " dilewati: 7–8 Mar (akhir pekan), 14–15 Mar (akhir pekan).");
        assertThat(due.describe(Locale.of("id"))).isEqualTo(due.explanation().render());
        assertThat(due.describe(null)).isEqualTo(due.explanation().render());
    }

    @Test
    void rendersEnglishSentenceForEnglishLocale() {
        DueDate due = wib.addWorkingDays(d("2026-03-02"), 10);

        assertThat(due.describe(Locale.UK)).isEqualTo(
                "10 working days from 2 March 2026 (day of receipt not counted), due Monday, 16 March 2026;"
                        + " skipped: 7–8 Mar (weekend), 14–15 Mar (weekend).");
    }

    @Test
    void groupsConsecutiveHolidaysWithTheSameNameAndKind() {
        DueDate due = wib.addWorkingDays(d("2026-03-16"), 10);

        assertThat(due.explanation().render()).isEqualTo(
                "10 hari kerja sejak 16 Maret 2026 (hari penerimaan tidak dihitung), batas waktu Selasa, 7 April 2026;"
                        + " dilewati: 18 Mar (cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948),"
                        + " 19 Mar (libur nasional Hari Suci Nyepi Tahun Baru Saka 1948),"
                        + " 20 Mar (cuti bersama Idul Fitri 1447 Hijriah),"
                        + " 21–22 Mar (libur nasional Idul Fitri 1447 Hijriah),"
                        + " 23–24 Mar (cuti bersama Idul Fitri 1447 Hijriah),"
                        + " 28–29 Mar (akhir pekan),"
                        + " 3 Apr (libur nasional Wafat Yesus Kristus),"
                        + " 4 Apr (akhir pekan),"
                        + " 5 Apr (libur nasional Kebangkitan Yesus Kristus (Paskah)).");
    }

    @Test
    void rendersExtensionWithItsOwnWording() {
        DueDate extended = wib.extend(wib.addWorkingDays(d("2026-03-02"), 10), 7);

        assertThat(extended.explanation().render()).startsWith(
                "Perpanjangan 7 hari kerja sejak batas waktu semula 16 Maret 2026 (hari itu tidak dihitung),"
                        + " batas waktu baru Rabu, 1 April 2026; dilewati: 18 Mar (cuti bersama");
        assertThat(extended.describe(Locale.ENGLISH)).startsWith(
                "Extension of 7 working days from the original due date 16 March 2026 (that day not counted),"
                        + " new due date Wednesday, 1 April 2026; skipped: 18 Mar (collective leave (cuti bersama)"
                        + " Hari Suci Nyepi Tahun Baru Saka 1948), 19 Mar (national holiday");
    }

    @Test
    void appendsWarningAndYearForDaysInAnotherYear() {
        DueDate due = wib.addWorkingDays(d("2026-12-21"), 10);

        assertThat(due.explanation().render()).isEqualTo(
                "10 hari kerja sejak 21 Desember 2026 (hari penerimaan tidak dihitung), batas waktu Rabu, 6 Januari 2027;"
                        + " dilewati: 24 Des (cuti bersama Kelahiran Yesus Kristus),"
                        + " 25 Des (libur nasional Kelahiran Yesus Kristus), 26–27 Des (akhir pekan),"
                        + " 2–3 Jan 2027 (akhir pekan)."
                        + " Peringatan: tidak ada data hari libur untuk tahun 2027:"
                        + " hanya akhir pekan dan libur daerah yang dilewati.");
        assertThat(due.describe(Locale.ENGLISH)).endsWith(
                "2–3 Jan 2027 (weekend). Warning: no holiday data for 2027: only weekends and local holidays were skipped.");
    }

    @Test
    void saysSoWhenNothingWasSkipped() {
        DueDate due = wib.addWorkingDays(d("2026-03-02"), 1);

        assertThat(due.explanation().render()).isEqualTo(
                "1 hari kerja sejak 2 Maret 2026 (hari penerimaan tidak dihitung), batas waktu Selasa, 3 Maret 2026;"
                        + " tidak ada hari yang dilewati.");
        assertThat(due.describe(Locale.ENGLISH)).isEqualTo(
                "1 working day from 2 March 2026 (day of receipt not counted), due Tuesday, 3 March 2026;"
                        + " no days skipped.");
    }

    @Test
    void joinsRangeAcrossMonthBoundary() {
        DueDate due = wib.addWorkingDays(d("2026-02-27"), 1); // Fri 27 Feb; 28 Feb Sat, 1 Mar Sun

        assertThat(due.explanation().render()).contains("dilewati: 28 Feb–1 Mar (akhir pekan).");
    }

    @Test
    void namesLocalHolidayInSentence() {
        WorkingDayCalendar cal = WorkingDayCalendar.forTenant(CalendarSettings.defaults()
                .withLocalHoliday(d("2026-03-10"), "Hari Jadi Kabupaten Contoh"));

        DueDate due = cal.addWorkingDays(d("2026-03-09"), 1);

        assertThat(due.explanation().render()).contains("dilewati: 10 Mar (libur daerah Hari Jadi Kabupaten Contoh).");
        assertThat(due.describe(Locale.ENGLISH)).contains("skipped: 10 Mar (local holiday Hari Jadi Kabupaten Contoh).");
    }

    @Test
    void explanationIsImmutable() {
        DueDate due = wib.addWorkingDays(d("2026-03-02"), 10);

        assertThatThrownBy(() -> due.explanation().skippedDays().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> due.explanation().warnings().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

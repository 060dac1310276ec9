package id.terbuka.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Indonesian/English wording. Month and day names are spelled out here so output never depends on JDK locale data. */
final class Texts {

    static final Locale INDONESIAN = Locale.of("id", "ID");

    private static final String[] MONTHS_ID = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] MONTHS_ID_SHORT = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep",
            "Okt", "Nov", "Des"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] MONTHS_EN_SHORT = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};
    private static final String[] DAYS_ID = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    private static final String[] DAYS_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final char EN_DASH = '\u2013';

    private Texts() {
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** "2 Maret 2026" / "2 March 2026". */
    static String longDate(LocalDate d, boolean en) {
        return d.getDayOfMonth() + " " + (en ? MONTHS_EN : MONTHS_ID)[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** "Senin, 16 Maret 2026" / "Monday, 16 March 2026". */
    static String dayAndDate(LocalDate d, boolean en) {
        return (en ? DAYS_EN : DAYS_ID)[d.getDayOfWeek().getValue() - 1] + ", " + longDate(d, en);
    }

    static String render(DueDateExplanation e, Locale locale) {
        boolean en = isEnglish(locale);
        StringBuilder sb = new StringBuilder(160);
        int n = e.workingDays();
        if (e.basis() == CountBasis.EXTENSION) {
            if (en) {
                sb.append("Extension of ").append(n).append(n == 1 ? " working day" : " working days")
                        .append(" from the original due date ").append(longDate(e.start(), true))
                        .append(" (that day not counted), new due date ");
            } else {
                sb.append("Perpanjangan ").append(n).append(" hari kerja sejak batas waktu semula ")
                        .append(longDate(e.start(), false)).append(" (hari itu tidak dihitung), batas waktu baru ");
            }
        } else {
            if (en) {
                sb.append(n).append(n == 1 ? " working day" : " working days").append(" from ")
                        .append(longDate(e.start(), true)).append(" (day of receipt not counted), due ");
            } else {
                sb.append(n).append(" hari kerja sejak ").append(longDate(e.start(), false))
                        .append(" (hari penerimaan tidak dihitung), batas waktu ");
            }
        }
        sb.append(dayAndDate(e.dueDate(), en));
        if (e.skippedDays().isEmpty()) {
            sb.append(en ? "; no days skipped." : "; tidak ada hari yang dilewati.");
        } else {
            sb.append(en ? "; skipped: " : "; dilewati: ");
            appendSkipped(sb, e.skippedDays(), e.start().getYear(), locale, en);
            sb.append('.');
        }
        for (CalendarWarning w : e.warnings()) {
            sb.append(en ? " Warning: " : " Peringatan: ").append(w.message(locale)).append('.');
        }
        return sb.toString();
    }

    // Consecutive days with the same label are joined into a range: "14–15 Mar (akhir pekan)".
    private static void appendSkipped(StringBuilder sb, List<DayOff> days, int refYear, Locale locale, boolean en) {
        int i = 0;
        while (i < days.size()) {
            DayOff first = days.get(i);
            String label = first.label(locale);
            int j = i;
            while (j + 1 < days.size()
                    && days.get(j + 1).date().equals(days.get(j).date().plusDays(1))
                    && days.get(j + 1).label(locale).equals(label)) {
                j++;
            }
            if (i > 0) {
                sb.append(", ");
            }
            appendRange(sb, first.date(), days.get(j).date(), refYear, en);
            sb.append(" (").append(label).append(')');
            i = j + 1;
        }
    }

    private static void appendRange(StringBuilder sb, LocalDate from, LocalDate to, int refYear, boolean en) {
        if (from.equals(to)) {
            sb.append(shortDate(to, refYear, en));
        } else if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            sb.append(from.getDayOfMonth()).append(EN_DASH).append(shortDate(to, refYear, en));
        } else {
            sb.append(shortDate(from, refYear, en)).append(EN_DASH).append(shortDate(to, refYear, en));
        }
    }

    // The year is only written when it differs from the start's year.
    private static String shortDate(LocalDate d, int refYear, boolean en) {
        String s = d.getDayOfMonth() + " " + (en ? MONTHS_EN_SHORT : MONTHS_ID_SHORT)[d.getMonthValue() - 1];
        return d.getYear() == refYear ? s : s + " " + d.getYear();
    }
}

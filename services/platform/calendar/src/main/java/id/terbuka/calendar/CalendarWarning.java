package id.terbuka.calendar;

import java.util.Locale;
import java.util.Objects;

/**
 * Something the caller should know about a computed date, e.g. that a year had no holiday data.
 *
 * @param code stable code for JSON
 * @param year the year concerned
 */
public record CalendarWarning(Code code, int year) {

    public enum Code {
        /** The span reaches a year whose SKB is not in the data file: only weekends and local holidays were skipped. */
        NO_HOLIDAY_DATA
    }

    public CalendarWarning {
        Objects.requireNonNull(code, "code");
    }

    public String message(Locale locale) {
        return switch (code) {
            case NO_HOLIDAY_DATA -> Texts.isEnglish(locale)
                    ? "no holiday data for " + year + ": only weekends and local holidays were skipped"
                    : "tidak ada data hari libur untuk tahun " + year
                      + ": hanya akhir pekan dan libur daerah yang dilewati";
        };
    }
}

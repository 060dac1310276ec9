package id.terbuka.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A day that is not a working day, with its reason.
 *
 * @param date   the day
 * @param reason reason code
 * @param name   holiday name in Indonesian; {@code null} for {@link DayOffReason#WEEKEND}
 * @param source legal source (SKB numbers) for national days; {@code null} for weekends and local holidays
 */
public record DayOff(LocalDate date, DayOffReason reason, String name, String source) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }

    static DayOff weekend(LocalDate date) {
        return new DayOff(date, DayOffReason.WEEKEND, null, null);
    }

    static DayOff of(Holiday holiday) {
        return new DayOff(holiday.date(), DayOffReason.of(holiday.kind()), holiday.name(),
                holiday.source().isEmpty() ? null : holiday.source());
    }

    /** E.g. "cuti bersama Idul Fitri 1447 Hijriah" or, in English, "weekend". */
    public String label(Locale locale) {
        boolean en = Texts.isEnglish(locale);
        return switch (reason) {
            case WEEKEND -> en ? "weekend" : "akhir pekan";
            case LIBUR_NASIONAL -> (en ? "national holiday " : "libur nasional ") + name;
            case CUTI_BERSAMA -> (en ? "collective leave (cuti bersama) " : "cuti bersama ") + name;
            case LIBUR_DAERAH -> (en ? "local holiday " : "libur daerah ") + name;
        };
    }
}

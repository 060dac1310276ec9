package id.terbuka.calendar;

import java.time.LocalDate;

/**
 * A day off observed only by one tenant (libur daerah), e.g. the regency's hari jadi.
 *
 * @param date the day
 * @param name Indonesian name shown in explanations, e.g. "Hari Jadi Kabupaten Sleman"
 */
public record LocalHoliday(LocalDate date, String name) {

    public LocalHoliday {
        if (date == null) {
            throw new InvalidCalendarSettingsException("localHolidays", "local holiday date is required",
                    "tanggal libur daerah wajib diisi");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidCalendarSettingsException("localHolidays",
                    "local holiday on " + date + " needs a name",
                    "libur daerah pada " + date + " wajib diberi nama");
        }
        name = name.strip();
    }
}

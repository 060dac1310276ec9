package id.terbuka.calendar;

import java.time.ZoneId;
import java.util.Locale;

/** The three legal time zones of Indonesia (Keppres 41/1987). */
public enum IndonesianTimeZone {
    /** Waktu Indonesia Barat, UTC+7: Sumatra, Java, Kalimantan Barat and Tengah. */
    WIB("Asia/Jakarta"),
    /** Waktu Indonesia Tengah, UTC+8: Bali, Nusa Tenggara, Sulawesi, Kalimantan Selatan/Timur/Utara. */
    WITA("Asia/Makassar"),
    /** Waktu Indonesia Timur, UTC+9: Maluku and Papua. */
    WIT("Asia/Jayapura");

    private final ZoneId zoneId;

    IndonesianTimeZone(String id) {
        this.zoneId = ZoneId.of(id);
    }

    public ZoneId zoneId() {
        return zoneId;
    }

    /** The IANA id, e.g. {@code Asia/Makassar}. */
    public String id() {
        return zoneId.getId();
    }

    /**
     * Accepts an IANA id ({@code Asia/Jakarta}, {@code Asia/Makassar}, {@code Asia/Jayapura}), the
     * abbreviation ({@code WIB}, {@code WITA}, {@code WIT}, any case), or the tz-database aliases
     * {@code Asia/Pontianak} (WIB) and {@code Asia/Ujung_Pandang} (WITA).
     *
     * @throws InvalidCalendarSettingsException for anything else
     */
    public static IndonesianTimeZone of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCalendarSettingsException("timeZone", "time zone is required; expected " + expected(),
                    "zona waktu wajib diisi; pilihan: " + expected());
        }
        String v = value.strip();
        switch (v.toUpperCase(Locale.ROOT)) {
            case "WIB", "ASIA/JAKARTA", "ASIA/PONTIANAK" -> {
                return WIB;
            }
            case "WITA", "ASIA/MAKASSAR", "ASIA/UJUNG_PANDANG" -> {
                return WITA;
            }
            case "WIT", "ASIA/JAYAPURA" -> {
                return WIT;
            }
            default -> throw new InvalidCalendarSettingsException("timeZone",
                    "unknown time zone '" + v + "'; expected " + expected(),
                    "zona waktu '" + v + "' tidak dikenal; pilihan: " + expected());
        }
    }

    /** The zone whose id equals {@code zone}, or the WIB/WITA zone it is an alias of. */
    public static IndonesianTimeZone of(ZoneId zone) {
        return of(zone == null ? null : zone.getId());
    }

    private static String expected() {
        return "Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)";
    }
}

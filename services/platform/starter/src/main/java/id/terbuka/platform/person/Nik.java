package id.terbuka.platform.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * Nomor Induk Kependudukan: 16 digits = region (province 2, regency 2, district 2), date of birth DDMMYY (day + 40
 * for women) and a 4-digit serial. Only plausibility can be checked offline: a known province code, non-zero regency
 * and district, a real calendar date and a non-zero serial.
 */
public final class Nik {

    /** Province codes of Kemendagri (including the Papua provinces formed in 2022). */
    public static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
            "31", "32", "33", "34", "35", "36",
            "51", "52", "53",
            "61", "62", "63", "64", "65",
            "71", "72", "73", "74", "75", "76",
            "81", "82",
            "91", "92", "93", "94", "95", "96", "97");

    private Nik() {
    }

    public static boolean isPlausible(String value) {
        if (value == null || !value.matches("\\d{16}")) {
            return false;
        }
        if (!PROVINCES.contains(value.substring(0, 2)) || value.startsWith("00", 2) || value.startsWith("00", 4)) {
            return false;
        }
        int day = Integer.parseInt(value.substring(6, 8));
        int month = Integer.parseInt(value.substring(8, 10));
        int year = Integer.parseInt(value.substring(10, 12));
        if (day > 40) {
            day -= 40; // women: day of birth + 40
        }
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return false;
        }
        if (!realDate(2000 + year, month, day) && !realDate(1900 + year, month, day)) {
            return false;
        }
        return !value.endsWith("0000");
    }

    /** {@code 6408**********01}: the regency and the last two digits, enough for staff to recognise it. */
    public static String mask(String nik) {
        return nik == null ? null : nik.substring(0, 4) + "*".repeat(10) + nik.substring(14);
    }

    private static boolean realDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}

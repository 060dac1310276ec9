package id.terbuka.identity.account;

/**
 * Nomor Induk Kependudukan: 16 digits = region (province 2, regency 2, district 2), date of birth DDMMYY (day + 40
 * for women) and a 4-digit serial. Only plausibility can be checked offline: a known province code, non-zero regency
 * and district, a real calendar date and a non-zero serial (the platform's {@link id.terbuka.platform.person.Nik}).
 */
public record Nik(String value) {

    public Nik {
        if (!isPlausible(value)) {
            throw new IllegalArgumentException("not a plausible NIK");
        }
    }

    public static boolean isPlausible(String value) {
        return id.terbuka.platform.person.Nik.isPlausible(value);
    }

    /** {@code 6408**********01}: region of the regency and the last two digits, enough to recognise it. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String nik) {
        return id.terbuka.platform.person.Nik.mask(nik);
    }
}

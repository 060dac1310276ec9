package id.terbuka.complaint.complaint;

import java.util.regex.Pattern;

/**
 * Personal data out of text shown to the public: e-mail addresses, Indonesian phone numbers, 16-digit numbers
 * (NIK, KK) and the reporter's own name. A best effort on free text, not a guarantee; confidential complaints
 * never reach it because their content is not shown at all.
 */
public final class Redaction {

    public static final String MASK = "[disamarkan]";

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\+62|62|0)[\\s-]?8[\\d\\s-]{7,14}\\d(?!\\d)");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<!\\d)\\d{16}(?!\\d)");

    private Redaction() {
    }

    public static String redact(String text, String reporterName) {
        if (text == null) {
            return null;
        }
        String out = EMAIL.matcher(text).replaceAll(MASK);
        out = LONG_NUMBER.matcher(out).replaceAll(MASK);
        out = PHONE.matcher(out).replaceAll(MASK);
        if (reporterName != null && reporterName.strip().length() >= 3) {
            out = Pattern.compile(Pattern.quote(reporterName.strip()), Pattern.CASE_INSENSITIVE).matcher(out)
                    .replaceAll(MASK);
        }
        return out;
    }
}

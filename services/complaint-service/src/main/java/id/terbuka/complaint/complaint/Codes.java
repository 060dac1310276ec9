package id.terbuka.complaint.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The two identifiers a reporter gets, in Crockford base32. The tracking id ({@code ADU-7QK2M9XDR4}, 50 random
 * bits) is public: anyone holding it sees the public page. The reporter code ({@code 7QK2-M9XD-R4TB-HV3N}, 80 random
 * bits) is the reporter's secret for accepting or reopening; only its SHA-256 is stored (random and long, so no salt
 * or slow hash is needed).
 */
public final class Codes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    public static String trackingId() {
        return "ADU-" + random(10);
    }

    public static String reporterCode() {
        String raw = random(16);
        return raw.substring(0, 4) + "-" + raw.substring(4, 8) + "-" + raw.substring(8, 12) + "-" + raw.substring(12);
    }

    public static String hash(String code) {
        return sha256(normalise(code));
    }

    /** Constant-time comparison of a presented code with a stored hash; false for a missing code. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || presented.isBlank() || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static String normalise(String code) {
        // Crockford: I and L read as 1, O as 0
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT)
                .replace('I', '1').replace('L', '1').replace('O', '0');
    }

    private static String random(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}

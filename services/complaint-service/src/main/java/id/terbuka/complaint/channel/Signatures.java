package id.terbuka.complaint.channel;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Webhook authenticity checks, all in constant time. */
public final class Signatures {

    private static final String PREFIX = "sha256=";

    private Signatures() {
    }

    /** WhatsApp / Meta: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with the app secret>}. */
    public static boolean validHubSignature(byte[] rawBody, String header, String appSecret) {
        if (header == null || appSecret == null || appSecret.isEmpty() || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip().toLowerCase());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(hmacSha256(rawBody, appSecret), presented);
    }

    public static String hubSignature(byte[] rawBody, String appSecret) {
        return PREFIX + HexFormat.of().formatHex(hmacSha256(rawBody, appSecret));
    }

    /** Telegram: the secret token set with setWebhook comes back in {@code X-Telegram-Bot-Api-Secret-Token}. */
    public static boolean sameSecret(String presented, String expected) {
        if (presented == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmacSha256(byte[] data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

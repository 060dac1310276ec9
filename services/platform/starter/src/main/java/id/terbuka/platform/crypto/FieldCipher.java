package id.terbuka.platform.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for personal data at rest (NIK, names, contact details): a fresh 96-bit nonce per value, stored as
 * {@code base64(nonce || ciphertext+tag)}. The associated data names the record and the field (e.g.
 * {@code request:<id>:nik}), so a sealed value cannot be copied into another record or field unnoticed.
 */
public final class FieldCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param base64Key   32 random bytes, base64-encoded (e.g. {@code openssl rand -base64 32})
     * @param keyProperty the configuration property the key comes from, named in errors
     */
    public FieldCipher(String base64Key, String keyProperty) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalArgumentException(keyProperty + " is not set");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(keyProperty + " must be base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException(keyProperty + " must be 32 bytes (AES-256), got "
                    + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Null stays null: optional fields (phone, e-mail) are simply absent. */
    public String seal(String plaintext, String associatedData) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws IllegalArgumentException if the value was not sealed with this key and associated data */
    public String open(String sealed, String associatedData) {
        if (sealed == null) {
            return null;
        }
        byte[] all = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("value was not sealed with this key for " + associatedData, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}

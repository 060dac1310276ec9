package id.terbuka.identity.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code terbuka.identity.crypto.*}: the AES-256 keys (base64 of 32 bytes). The defaults in application.yml are
 * development keys, published in the README: every real installation sets {@code TERBUKA_NIK_KEY} and
 * {@code TERBUKA_SIGNING_KEY_SECRET} from a secret.
 *
 * @param nikKey         encrypts citizens' NIK
 * @param keyStoreSecret encrypts the private JWT signing keys and stored OAuth2 authorizations
 */
@ConfigurationProperties("terbuka.identity.crypto")
public record CryptoSettings(String nikKey, String keyStoreSecret) {
}

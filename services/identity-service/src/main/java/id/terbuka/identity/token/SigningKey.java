package id.terbuka.identity.token;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One RSA signing key. The newest generation signs; a key keeps verifying until its successor has signed for
 * longer than the longest token lifetime. The generation is unique, so two replicas rotating at the same moment
 * cannot both add a key: the second insert fails and that replica adopts the winner's key.
 *
 * @param sealedPrivateKey PKCS#8 private key, base64, sealed with the key-store secret (AES-GCM)
 * @param publicKey        X.509 public key, base64
 */
@Document("signing_keys")
record SigningKey(@Id String kid, @Indexed(unique = true) long generation, String publicKey, String sealedPrivateKey,
                  Instant createdAt) {
}

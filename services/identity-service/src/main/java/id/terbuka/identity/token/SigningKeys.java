package id.terbuka.identity.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import id.terbuka.identity.crypto.CryptoConfiguration;
import id.terbuka.identity.crypto.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The JWT signing keys, kept in MongoDB so tokens survive a restart and every replica signs and verifies with the
 * same keys. The first start generates a key; {@link #rotateIfDue()} (run on a schedule by every replica) adds a new
 * one when the current one is older than the rotation period, and drops keys nobody needs to verify any more.
 * As a {@link JWKSource} it publishes the verifying keys (at {@code /oauth2/jwks}, public parts only).
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final MongoTemplate mongo;
    private final SecretBox box;
    private final TokenSettings settings;
    private final Clock clock;
    private volatile List<RSAKey> verifying = List.of();
    private volatile Instant lastUnplannedReload;

    SigningKeys(MongoTemplate mongo, @Qualifier(CryptoConfiguration.KEY_STORE) SecretBox box, TokenSettings settings,
                Clock clock) {
        this.mongo = mongo;
        this.box = box;
        this.settings = settings;
        this.clock = clock;
        rotateIfDue();
    }

    /** The key that signs now: the newest generation. */
    public RSAKey current() {
        List<RSAKey> keys = verifying;
        if (keys.isEmpty()) {
            throw new IllegalStateException("no signing key loaded");
        }
        return keys.getFirst();
    }

    /** Keys whose signatures are accepted (newest first). */
    public List<RSAKey> verifyingKeys() {
        return verifying;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> found = selector.select(new com.nimbusds.jose.jwk.JWKSet(new ArrayList<>(verifying)));
        Set<String> wanted = selector.getMatcher().getKeyIDs();
        if (found.isEmpty() && wanted != null && !wanted.isEmpty() && reloadAllowed()) {
            // A token signed by a key another replica created moments ago: look again before refusing it.
            reload();
            found = selector.select(new com.nimbusds.jose.jwk.JWKSet(new ArrayList<>(verifying)));
        }
        return found;
    }

    /** At most one unplanned reload every few seconds, so tokens with made-up key ids cannot flood MongoDB. */
    private boolean reloadAllowed() {
        Instant now = clock.instant();
        Instant last = lastUnplannedReload;
        if (last != null && last.plusSeconds(5).isAfter(now)) {
            return false;
        }
        lastUnplannedReload = now;
        return true;
    }

    @Scheduled(fixedDelayString = "${terbuka.identity.tokens.key-check-interval:1m}",
            initialDelayString = "${terbuka.identity.tokens.key-check-interval:1m}")
    void scheduledRotation() {
        try {
            rotateIfDue();
        } catch (RuntimeException e) {
            log.warn("Signing key check failed; will retry: {}", e.toString());
        }
    }

    /** Adds a key now, whatever the age of the current one (manual rotation after a suspected leak). */
    public synchronized void rotateNow() {
        List<SigningKey> stored = load();
        addKey(stored.isEmpty() ? 1 : stored.getFirst().generation() + 1);
        reload();
    }

    /** Generates the first key, rotates when due, drops expired keys and reloads; safe on every replica. */
    public synchronized void rotateIfDue() {
        List<SigningKey> stored = load();
        Instant now = clock.instant();
        if (stored.isEmpty()) {
            addKey(1);
        } else if (!stored.getFirst().createdAt().plus(settings.keyRotation()).isAfter(now)) {
            addKey(stored.getFirst().generation() + 1);
        }
        reload();
    }

    private synchronized void reload() {
        List<SigningKey> stored = load();
        Instant now = clock.instant();
        List<RSAKey> keys = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            SigningKey key = stored.get(i);
            // Key i was replaced when key i-1 was created; it verifies for one grace period after that.
            boolean needed = i == 0 || stored.get(i - 1).createdAt().plus(settings.keyGracePeriod()).isAfter(now);
            if (needed) {
                keys.add(toJwk(key));
            } else {
                mongo.remove(key);
                log.info("Signing key {} retired", key.kid());
            }
        }
        verifying = List.copyOf(keys);
    }

    private List<SigningKey> load() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "generation")), SigningKey.class);
    }

    private void addKey(long generation) {
        KeyPair pair = generate();
        String kid = UUID.randomUUID().toString();
        SigningKey key = new SigningKey(kid, generation,
                Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                box.seal(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), "signing-key:" + kid),
                clock.instant());
        try {
            mongo.insert(key);
            log.info("Signing key {} (generation {}) created", kid, generation);
        } catch (DuplicateKeyException anotherReplicaWasFaster) {
            log.info("Signing key generation {} was created by another replica", generation);
        }
    }

    private RSAKey toJwk(SigningKey key) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(key.publicKey())));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(box.open(key.sealedPrivateKey(), "signing-key:" + key.kid()))));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(key.kid()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).issueTime(java.util.Date.from(key.createdAt())).build();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("stored signing key " + key.kid() + " is unreadable", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

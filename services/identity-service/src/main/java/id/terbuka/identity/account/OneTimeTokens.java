package id.terbuka.identity.account;

import id.terbuka.identity.crypto.Hashing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use, expiring tokens sent by e-mail (address verification, password reset). Only the SHA-256 of a token
 * is stored; redeeming marks it used in one atomic update, so a token works once even when clicked twice at once.
 */
@Component
public class OneTimeTokens {

    public enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1));

        private final Duration validity;

        Purpose(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    OneTimeTokens(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Issues a token for the user; returns the token itself (to be mailed, never stored). */
    public String issue(String userId, Purpose purpose) {
        String token = Hashing.randomToken();
        Instant now = clock.instant();
        mongo.insert(new StoredToken(Hashing.sha256(token), purpose, userId, now, now.plus(purpose.validity()), null));
        return token;
    }

    /** The user id the token was issued for, if it is valid, unexpired and unused; it is used up by this call. */
    public Optional<String> redeem(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        StoredToken used = mongo.findAndModify(new Query(Criteria.where("_id").is(Hashing.sha256(token))
                        .and("purpose").is(purpose).and("usedAt").is(null).and("expiresAt").gt(now)),
                new Update().set("usedAt", now), FindAndModifyOptions.options().returnNew(true), StoredToken.class);
        return Optional.ofNullable(used).map(StoredToken::userId);
    }

    /** The user id of a valid token without using it up. */
    public Optional<String> peek(String token, Purpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        StoredToken stored = mongo.findOne(new Query(Criteria.where("_id").is(Hashing.sha256(token))
                .and("purpose").is(purpose).and("usedAt").is(null).and("expiresAt").gt(clock.instant())),
                StoredToken.class);
        return Optional.ofNullable(stored).map(StoredToken::userId);
    }

    @Document("one_time_tokens")
    record StoredToken(@Id String hash, Purpose purpose, String userId, Instant issuedAt, Instant expiresAt,
                       Instant usedAt) {
    }
}

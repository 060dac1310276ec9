package id.terbuka.identity.token;

import id.terbuka.identity.crypto.Hashing;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * First-party refresh tokens: opaque, stored as SHA-256 only, single use. Each refresh replaces the token with a
 * new one of the same family; presenting a token that was already used means it was copied, so the whole family is
 * revoked (the thief and the owner both have to sign in again).
 */
@Component
class RefreshTokens {

    sealed interface Outcome {
        record Valid(String userId, String family) implements Outcome {
        }

        record Reused(String userId) implements Outcome {
        }

        record Invalid() implements Outcome {
        }
    }

    private final MongoTemplate mongo;
    private final TokenSettings settings;
    private final Clock clock;

    RefreshTokens(MongoTemplate mongo, TokenSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    String issue(String userId, String family) {
        String token = Hashing.randomToken();
        Instant now = clock.instant();
        mongo.insert(new StoredRefreshToken(Hashing.sha256(token), userId,
                family == null ? UUID.randomUUID().toString() : family, now, now.plus(settings.refreshTokenTtl()),
                null));
        return token;
    }

    Outcome use(String token) {
        if (token == null || token.isBlank()) {
            return new Outcome.Invalid();
        }
        String hash = Hashing.sha256(token);
        Instant now = clock.instant();
        StoredRefreshToken used = mongo.findAndModify(
                new Query(Criteria.where("_id").is(hash).and("usedAt").is(null).and("expiresAt").gt(now)),
                new Update().set("usedAt", now), FindAndModifyOptions.options().returnNew(true),
                StoredRefreshToken.class);
        if (used != null) {
            return new Outcome.Valid(used.userId(), used.family());
        }
        StoredRefreshToken known = mongo.findById(hash, StoredRefreshToken.class);
        if (known != null && known.usedAt() != null) {
            mongo.remove(new Query(Criteria.where("family").is(known.family())), StoredRefreshToken.class);
            return new Outcome.Reused(known.userId());
        }
        return new Outcome.Invalid();
    }

    Optional<String> familyOf(String token) {
        return Optional.ofNullable(mongo.findById(Hashing.sha256(token), StoredRefreshToken.class))
                .map(StoredRefreshToken::family);
    }

    @Document("refresh_tokens")
    record StoredRefreshToken(@Id String hash, @Indexed String userId, @Indexed String family, Instant issuedAt,
                              Instant expiresAt, Instant usedAt) {
    }
}

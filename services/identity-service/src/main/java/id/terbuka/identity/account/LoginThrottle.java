package id.terbuka.identity.account;

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
 * Slows down password guessing per username (existing or not, so it reveals nothing): after
 * {@value #FREE_FAILURES} failures in a row the username is locked for a minute, and every further failure doubles
 * the lock, up to a day. Attempts while locked are refused without checking the password. A successful sign-in
 * clears the count. Counted with atomic updates, so parallel attempts on several replicas all count.
 */
@Component
public class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofDays(1);

    private final MongoTemplate mongo;
    private final Clock clock;

    LoginThrottle(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** How long a username is locked after {@code failures} failures in a row. */
    public static Duration lockAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_FAILURES;
        if (doublings >= 11) {
            return LONGEST_LOCK;
        }
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** The end of the current lock, if the username is locked now. */
    public Optional<Instant> lockedUntil(String username) {
        Attempts attempts = mongo.findById(username, Attempts.class);
        Instant now = clock.instant();
        return attempts == null || attempts.lockedUntil() == null || !attempts.lockedUntil().isAfter(now)
                ? Optional.empty() : Optional.of(attempts.lockedUntil());
    }

    /** Counts a failure; returns the new lock's end if this failure locked the username. */
    public Optional<Instant> failed(String username) {
        Attempts attempts = mongo.findAndModify(new Query(Criteria.where("_id").is(username)),
                new Update().inc("failures", 1), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Attempts.class);
        Duration lock = lockAfter(attempts == null ? 1 : attempts.failures());
        if (lock.isZero()) {
            return Optional.empty();
        }
        Instant until = clock.instant().plus(lock);
        mongo.updateFirst(new Query(Criteria.where("_id").is(username)), new Update().set("lockedUntil", until),
                Attempts.class);
        return Optional.of(until);
    }

    public void succeeded(String username) {
        mongo.remove(new Query(Criteria.where("_id").is(username)), Attempts.class);
    }

    @Document("login_attempts")
    record Attempts(@Id String username, int failures, Instant lockedUntil) {
    }
}

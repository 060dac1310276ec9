package id.terbuka.complaint.complaint;

import id.terbuka.complaint.ComplaintSettings;
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
import java.util.Locale;

/**
 * The intake's abuse limit: at most N complaints per window per client address and per contact. One counter
 * document per key and fixed window, incremented atomically ({@code findAndModify $inc}, upsert), so every replica
 * counts together. Keys are SHA-256 hashes: no IP address or contact is stored in clear.
 */
@Component
public class IntakeLimiter {

    private final MongoTemplate mongo;
    private final ComplaintSettings.IntakeLimit limit;
    private final Clock clock;

    IntakeLimiter(MongoTemplate mongo, ComplaintSettings settings, Clock clock) {
        this.mongo = mongo;
        this.limit = settings.intakeLimit();
        this.clock = clock;
    }

    @Document("intake_counters")
    record Counter(@Id String id, long count, Instant windowEnds) {
    }

    /**
     * Counts one complaint for each key given; 429 {@code too-many-complaints} (with {@code Retry-After}) once a key
     * is over the limit.
     */
    public void count(String tenant, String clientAddress, String contact) {
        check(tenant, "ip", clientAddress);
        check(tenant, "contact", contact == null ? null : contact.strip().toLowerCase(Locale.ROOT));
    }

    private void check(String tenant, String kind, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        long windowSeconds = Math.max(1, limit.window().toSeconds());
        long now = clock.instant().getEpochSecond();
        long windowStart = now - Math.floorMod(now, windowSeconds);
        Instant windowEnds = Instant.ofEpochSecond(windowStart + windowSeconds);
        String id = Codes.sha256(tenant + "|" + kind + "|" + value) + ":" + windowStart;
        Counter counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(id)),
                new Update().inc("count", 1).setOnInsert("windowEnds", windowEnds),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Counter.class);
        if (counter != null && counter.count() > limit.maxComplaints()) {
            Duration left = Duration.between(clock.instant(), windowEnds);
            long minutes = Math.max(1, left.toMinutes() + 1);
            throw new TooManyComplaints(limit.maxComplaints(), minutes, Math.max(1, left.toSeconds() + 1));
        }
    }
}

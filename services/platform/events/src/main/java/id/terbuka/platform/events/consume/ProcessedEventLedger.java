package id.terbuka.platform.events.consume;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * The events this service has already applied, keyed by event id (the document id is unique by construction);
 * a TTL index forgets them after the retention period, which must be longer than any redelivery window.
 */
public class ProcessedEventLedger {

    static final String COLLECTION = "processed_events";
    private static final Logger log = LoggerFactory.getLogger(ProcessedEventLedger.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEventLedger(MongoTemplate mongo, Clock clock, Duration retention) {
        this.mongo = mongo;
        this.clock = clock;
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("processedAt", Sort.Direction.ASC)
                    .expire(retention).named("processed_events_ttl"));
        } catch (RuntimeException e) {
            log.warn("Could not create the TTL index of {}; old entries will not expire: {}", COLLECTION, e.toString());
        }
    }

    public boolean alreadyProcessed(String eventId) {
        return mongo.getCollection(COLLECTION).countDocuments(new Document("_id", eventId)) > 0;
    }

    public void record(String eventId, String type) {
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", eventId).append("type", type)
                    .append("processedAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // A concurrent delivery of the same event recorded it first; the effect is idempotent.
        }
    }
}

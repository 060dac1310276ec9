package id.terbuka.platform.events.relay;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * One relay at a time works on a collection's outbox, so events of an aggregate leave in the order they were
 * recorded even with several replicas. The lease is a document claimed with findAndModify; a dead replica's
 * lease simply expires and another replica takes over.
 */
class RelayLease {

    static final String COLLECTION = "outbox_leases";

    private final MongoTemplate mongo;
    private final String owner;
    private final Duration duration;
    private final Clock clock;

    RelayLease(MongoTemplate mongo, String owner, Duration duration, Clock clock) {
        this.mongo = mongo;
        this.owner = owner;
        this.duration = duration;
        this.clock = clock;
    }

    /** Claims or renews the lease on {@code name}; false while another live relay holds it. */
    boolean tryAcquire(String name) {
        Date now = Date.from(clock.instant());
        Query claimable = Query.query(Criteria.where("_id").is(name)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("until").lt(now)));
        Update claim = new Update().set("owner", owner).set("until", Date.from(clock.instant().plus(duration)));
        try {
            Document lease = mongo.findAndModify(claimable, claim,
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return lease != null && owner.equals(lease.getString("owner"));
        } catch (DuplicateKeyException heldByAnotherRelay) {
            return false;
        }
    }

    void release(String name) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(name).and("owner").is(owner)),
                new Update().set("until", new Date(0)), COLLECTION);
    }
}

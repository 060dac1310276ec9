package id.terbuka.request.numbering;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gapless sequences per tenant, kind and year (registration numbers of requests, numbers of keberatan). One
 * counter document per sequence, incremented with findAndModify {@code $inc}: atomic on a single document, so
 * concurrent callers and replicas never get the same value and no value is skipped. The first call of a year
 * creates the document by upsert; two concurrent first calls can race on that insert, and the loser retries.
 */
@Component
public class SequenceCounters {

    static final String COLLECTION = "sequence_counters";

    private final MongoTemplate mongo;

    SequenceCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public long next(String tenant, String kind, int year) {
        Query counter = Query.query(Criteria.where("_id").is(tenant + ":" + kind + ":" + year));
        Update increment = new Update().inc("value", 1L).setOnInsert("tenant", tenant).setOnInsert("kind", kind)
                .setOnInsert("year", year);
        FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
        for (int attempt = 1; ; attempt++) {
            try {
                Document result = mongo.findAndModify(counter, increment, options, Document.class, COLLECTION);
                return ((Number) result.get("value")).longValue();
            } catch (DuplicateKeyException concurrentFirstInsert) {
                if (attempt == 3) {
                    throw concurrentFirstInsert;
                }
            }
        }
    }
}

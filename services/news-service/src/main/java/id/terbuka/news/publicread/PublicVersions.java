package id.terbuka.news.publicread;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The per-tenant "public version": a counter in one small document per tenant ({@code news_public_versions},
 * {@code {_id: tenant, version}}) raised after every write of an article of the tenant, on whichever replica made it.
 * Every replica reads it on each public request, so a rendering cached under an older version is never served again
 * once any replica published, corrected or withdrew something.
 */
@Component
public class PublicVersions {

    public static final String COLLECTION = "news_public_versions";

    private final MongoTemplate mongo;

    public PublicVersions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The current version of the tenant's public content (0 before the first write). */
    public long current(String tenant) {
        Document found = mongo.findById(tenant, Document.class, COLLECTION);
        Object version = found == null ? null : found.get("version");
        return version instanceof Number n ? n.longValue() : 0L;
    }

    /** Raises the tenant's version (an atomic {@code $inc}, upserted); returns the new value. */
    public long bump(String tenant) {
        Document updated = mongo.findAndModify(Query.query(Criteria.where("_id").is(tenant)),
                new Update().inc("version", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        Object version = updated == null ? null : updated.get("version");
        return version instanceof Number n ? n.longValue() : 0L;
    }
}

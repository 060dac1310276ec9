package id.terbuka.news.search;

import id.terbuka.news.article.Article;
import id.terbuka.news.publicread.PublicVersions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Gives search terms to articles stored without them (written before the search existed), once at start-up, in
 * one pass by id. Safe with several replicas: each write is conditional on the version read and raises it, so a
 * replica racing on the same article, or a save based on the older state, cannot both succeed — the loser's write
 * simply does not match (and a user's save gets the usual 409).
 */
@Component
public class SearchTermsBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchTermsBackfill.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final PublicVersions versions;

    public SearchTermsBackfill(MongoTemplate mongo, PublicVersions versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = backfill();
        if (filled > 0) {
            log.info("search terms computed for {} article(s) stored without them", filled);
        }
    }

    /** The number of articles given terms. */
    public int backfill() {
        int filled = 0;
        String after = "";
        while (true) {
            Query query = Query.query(Criteria.where("_id").gt(after).and("searchTerms.0").exists(false))
                    .with(Sort.by("_id")).limit(BATCH);
            query.fields().include("_id", "tenant", "version", "content", "bodyHtml");
            List<Document> batch = mongo.find(query, Document.class, Article.COLLECTION);
            for (Document article : batch) {
                after = article.getString("_id");
                Document content = article.get("content", Document.class);
                if (content == null) {
                    continue;
                }
                List<String> tags = content.getList("tags", String.class);
                List<String> terms = SearchTerms.of(content.getString("title"), content.getString("lead"),
                        SearchTerms.textOf(article.getString("bodyHtml")),
                        tags == null ? null : String.join(" ", tags));
                if (terms.isEmpty()) {
                    continue;
                }
                Object version = article.get("version");
                Criteria same = Criteria.where("_id").is(after).and("version").is(version);
                long modified = mongo.updateFirst(Query.query(same), new Update().set("searchTerms", terms)
                        .inc("version", 1), Article.COLLECTION).getModifiedCount();
                if (modified > 0) {
                    filled++;
                    // a raw update passes no save listener: search results of the tenant change
                    versions.bump(article.getString("tenant"));
                }
            }
            if (batch.size() < BATCH) {
                return filled;
            }
        }
    }
}

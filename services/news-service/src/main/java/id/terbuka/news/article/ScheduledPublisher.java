package id.terbuka.news.article;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Publishes SCHEDULED articles whose time has come, every few seconds, on every replica. Exactly once: each
 * publication is a conditional write of the article document on the version that was read (the aggregate's
 * optimistic lock, {@code update ... where _id = ? and version = ?}), carrying the status change and the
 * {@code article-published} event in the same single-document write. When two replicas pick the same article, only
 * one write matches; the other gets an optimistic-locking failure and leaves it alone. No lock to expire, no leader.
 */
@Component
public class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final Clock clock;

    public ScheduledPublisher(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${terbuka.news.scheduler-interval-ms:5000}",
            initialDelayString = "${terbuka.news.scheduler-initial-delay-ms:5000}")
    void run() {
        try {
            publishDue();
        } catch (RuntimeException e) {
            log.warn("Scheduled publication round failed; the next round retries: {}", e.toString());
        }
    }

    /** One round: publishes what is due now; returns how many articles THIS call published. */
    public int publishDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Query due = Query.query(Criteria.where("status").is(ArticleStatus.SCHEDULED).and("publishAt").lte(now))
                .with(Sort.by("publishAt")).limit(BATCH);
        int published = 0;
        for (Article article : mongo.find(due, Article.class)) {
            if (!article.publishIfDue(now)) {
                continue;
            }
            try {
                mongo.save(article);
                published++;
            } catch (OptimisticLockingFailureException anotherReplicaOrAnEditorWasFirst) {
                log.debug("Article {} changed meanwhile (published elsewhere or withdrawn); skipped", article.id());
            }
        }
        return published;
    }
}

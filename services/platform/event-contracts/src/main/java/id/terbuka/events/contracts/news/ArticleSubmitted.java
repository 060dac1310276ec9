package id.terbuka.events.contracts.news;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * A news operator sent an article of its unit (OPD) to the editors for review.
 *
 * @param revision the revision number that was submitted (1 for the first text)
 */
public record ArticleSubmitted(
        String articleId,
        String tenant,
        String unitId,
        String title,
        int revision,
        Instant submittedAt) {

    public static final EventType<ArticleSubmitted> TYPE =
            new EventType<>("id.terbuka.news.article-submitted.v1", Topics.NEWS, ArticleSubmitted.class);
}

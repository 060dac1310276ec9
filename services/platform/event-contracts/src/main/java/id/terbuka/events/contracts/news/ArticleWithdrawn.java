package id.terbuka.events.contracts.news;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/** An editor took a published (or scheduled) article off the public site, with a reason. */
public record ArticleWithdrawn(
        String articleId,
        String tenant,
        String unitId,
        String slug,
        String reason,
        Instant withdrawnAt) {

    public static final EventType<ArticleWithdrawn> TYPE =
            new EventType<>("id.terbuka.news.article-withdrawn.v1", Topics.NEWS, ArticleWithdrawn.class);
}

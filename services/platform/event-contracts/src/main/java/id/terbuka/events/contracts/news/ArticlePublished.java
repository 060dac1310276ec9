package id.terbuka.events.contracts.news;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * An article became public: approved for immediate publication, or its scheduled time came.
 *
 * @param slug      the article's readable address within the tenant ({@code /api/v1/{tenant}/news/{slug}})
 * @param scheduled whether it was published by the scheduler at a time an editor had set
 */
public record ArticlePublished(
        String articleId,
        String tenant,
        String unitId,
        String slug,
        String title,
        Instant publishedAt,
        boolean scheduled) {

    public static final EventType<ArticlePublished> TYPE =
            new EventType<>("id.terbuka.news.article-published.v1", Topics.NEWS, ArticlePublished.class);
}

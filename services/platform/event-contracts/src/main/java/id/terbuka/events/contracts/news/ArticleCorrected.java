package id.terbuka.events.contracts.news;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.time.Instant;

/**
 * An editor corrected a published article: a correction note shown to readers, and possibly a new revision of the
 * text ({@code revision} is the revision readers see after the correction).
 */
public record ArticleCorrected(
        String articleId,
        String tenant,
        String unitId,
        String slug,
        String title,
        String note,
        int revision,
        boolean textChanged,
        Instant correctedAt) {

    public static final EventType<ArticleCorrected> TYPE =
            new EventType<>("id.terbuka.news.article-corrected.v1", Topics.NEWS, ArticleCorrected.class);
}

package id.terbuka.news.activity;

import id.terbuka.news.article.ArticleStatus;
import id.terbuka.news.article.Review;

import java.time.Instant;
import java.util.List;

/** The few fields of an article the activity board counts (read as a projection, without texts). */
public record ArticleFacts(String unitId, ArticleStatus status, Instant createdAt, Instant firstSubmittedAt,
                           Instant firstPublishedAt, Instant rejectedAt, List<Review> reviews) {

    public ArticleFacts {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }
}

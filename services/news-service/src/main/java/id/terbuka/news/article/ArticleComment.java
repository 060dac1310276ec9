package id.terbuka.news.article;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A remark of an editor (or the unit's operator, answering) on an article outside a review decision. Kept in its
 * own collection so that commenting never changes the article's version: a comment must not make an editor's
 * pending edit stale.
 *
 * @param revision the revision the comment refers to (the current one when it was written)
 */
@Document(ArticleComment.COLLECTION)
@CompoundIndex(name = "tenant_article_at", def = "{'tenant': 1, 'articleId': 1, 'at': 1}")
public record ArticleComment(@Id String id, String tenant, String articleId, Instant at, String by, boolean byEditor,
                             String text, int revision) {

    public static final String COLLECTION = "article_comments";
}

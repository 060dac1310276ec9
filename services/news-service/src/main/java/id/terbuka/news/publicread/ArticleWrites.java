package id.terbuka.news.publicread;

import id.terbuka.news.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Raises the tenant's public version after every article write that goes through the mapping layer (repository and
 * template {@code save}/{@code insert}: drafts, edits, reviews, scheduled publication, corrections, withdrawals, cover
 * changes). Raw updates of the collection must call {@link PublicVersions#bump} themselves.
 */
@Component
class ArticleWrites extends AbstractMongoEventListener<Article> {

    private static final Logger log = LoggerFactory.getLogger(ArticleWrites.class);

    private final PublicVersions versions;

    ArticleWrites(PublicVersions versions) {
        this.versions = versions;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<Article> event) {
        try {
            versions.bump(event.getSource().tenant());
        } catch (RuntimeException e) {
            // the article is saved; cached renderings still expire after the cache's time to live
            log.warn("Could not raise the public version of {}: {}", event.getSource().tenant(), e.toString());
        }
    }
}

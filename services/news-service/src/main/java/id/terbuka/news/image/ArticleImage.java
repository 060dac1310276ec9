package id.terbuka.news.image;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * An image uploaded for an article: its cleaned (metadata-free) original and renditions in GridFS, by rendition name
 * ({@link Renditions}). The bytes as uploaded are never stored.
 */
@Document(ArticleImage.COLLECTION)
@CompoundIndex(name = "tenant_article", def = "{'tenant': 1, 'articleId': 1, 'uploadedAt': 1}")
public record ArticleImage(@Id String id, String tenant, String articleId, String unitId, String fileName,
                           String uploadedBy, Instant uploadedAt, Map<String, StoredFile> files) {

    public static final String COLLECTION = "article_images";

    /** One stored file; {@code fileId} is its GridFS id, {@code sha256} (hex) also its ETag. */
    public record StoredFile(String fileId, String contentType, int width, int height, long size, String sha256) {
    }

    public StoredFile file(String rendition) {
        return files.get(rendition);
    }
}

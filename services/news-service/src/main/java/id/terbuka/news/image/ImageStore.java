package id.terbuka.news.image;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import id.terbuka.news.NewsSettings;
import id.terbuka.platform.problem.ApiException;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Article images in GridFS (bucket {@code images}). An upload is read in steps and counted, refused as soon as it
 * passes the size limit; its type is sniffed from the first bytes before the rest is read. Then it is decoded and
 * re-encoded ({@link ImageProcessor}): only the cleaned original and its renditions are written, never the bytes
 * as uploaded. A failure halfway deletes what was already written.
 */
@Component
public class ImageStore {

    /** What may be uploaded, by sniffed type. WebP only where ImageIO can decode it (a plugin); else 422. */
    static final Set<String> ALLOWED = Set.of("image/jpeg", "image/png", "image/webp");
    private static final int BUFFER = 64 * 1024;

    private final GridFSBucket bucket;
    private final MongoTemplate mongo;
    private final NewsSettings settings;
    private final ImageTypeDetector detector = new ImageTypeDetector();
    private final ImageProcessor processor;
    /**
     * Decoding holds the whole picture in memory (about 3 bytes per pixel, plus the scaled copies): at most two
     * at a time per instance, so a burst of uploads cannot exhaust a small heap. A third waits, then gets 503.
     */
    private final Semaphore decoding = new Semaphore(2, true);

    public ImageStore(GridFSBucket imageBucket, MongoTemplate mongo, NewsSettings settings) {
        this.bucket = imageBucket;
        this.mongo = mongo;
        this.settings = settings;
        this.processor = new ImageProcessor(settings.imageMaxPixels());
    }

    /**
     * Stores an image of {@code articleId}.
     *
     * @throws ApiException 413 {@code payload-too-large}, 400 {@code image-empty}, 415 {@code image-type-not-allowed},
     *                      422 {@code image-not-decodable} / {@code image-too-large}
     */
    public ArticleImage store(String tenant, String articleId, String unitId, InputStream content, String fileName,
                              long declaredSize, String by, Instant now) throws IOException {
        long limit = settings.imageMaxSize().toBytes();
        if (declaredSize > limit) {
            throw tooLarge();
        }
        BufferedInputStream in = new BufferedInputStream(content, BUFFER);
        in.mark(1);
        if (in.read() < 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "image-empty");
        }
        in.reset();
        String type = detector.detect(in);
        if (!ALLOWED.contains(type)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "image-type-not-allowed", type);
        }
        ByteArrayOutputStream upload = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            if (upload.size() + (long) read > limit) {
                throw tooLarge();
            }
            upload.write(buffer, 0, read);
        }
        Map<String, ImageProcessor.Encoded> encoded = process(upload.toByteArray(), type);
        String id = UUID.randomUUID().toString();
        List<ObjectId> written = new ArrayList<>();
        try {
            Map<String, ArticleImage.StoredFile> files = new LinkedHashMap<>();
            for (Map.Entry<String, ImageProcessor.Encoded> e : encoded.entrySet()) {
                ImageProcessor.Encoded file = e.getValue();
                ObjectId fileId = new ObjectId();
                Document metadata = new Document("tenant", tenant).append("articleId", articleId)
                        .append("imageId", id).append("rendition", e.getKey()).append("contentType",
                                file.contentType());
                bucket.uploadFromStream(new BsonObjectId(fileId), id + "-" + e.getKey(),
                        new ByteArrayInputStream(file.bytes()), new GridFSUploadOptions().metadata(metadata));
                written.add(fileId);
                files.put(e.getKey(), new ArticleImage.StoredFile(fileId.toHexString(), file.contentType(),
                        file.width(), file.height(), file.bytes().length, sha256(file.bytes())));
            }
            return mongo.insert(new ArticleImage(id, tenant, articleId, unitId, safeName(fileName), by, now, files));
        } catch (RuntimeException e) {
            written.forEach(bucket::delete);
            throw e;
        }
    }

    private Map<String, ImageProcessor.Encoded> process(byte[] upload, String type) {
        try {
            if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "image-busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "image-busy");
        }
        try {
            return processor.process(upload, type);
        } finally {
            decoding.release();
        }
    }

    public Optional<ArticleImage> find(String tenant, String imageId) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(imageId).and("tenant")
                .is(tenant)), ArticleImage.class));
    }

    public List<ArticleImage> ofArticle(String tenant, String articleId) {
        return mongo.find(Query.query(Criteria.where("tenant").is(tenant).and("articleId").is(articleId))
                .with(Sort.by("uploadedAt")), ArticleImage.class);
    }

    /** The bytes of one stored file; the caller closes the stream. */
    public InputStream open(ArticleImage.StoredFile file) {
        return bucket.openDownloadStream(new ObjectId(file.fileId()));
    }

    private static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

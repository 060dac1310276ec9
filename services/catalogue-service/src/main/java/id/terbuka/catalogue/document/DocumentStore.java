package id.terbuka.catalogue.document;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import id.terbuka.catalogue.CatalogueSettings;
import id.terbuka.platform.problem.ApiException;
import org.apache.tika.io.TikaInputStream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.core.io.AbstractResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Document bytes in GridFS. An upload is streamed in 64 KiB steps (never held whole in memory): its type is detected
 * from its bytes before anything is written (ZIP and OLE2 containers are opened to tell a .docx from a plain ZIP),
 * its size counted and its SHA-256 computed on the way. A refused or failed upload is aborted, which deletes the
 * chunks already written, so it leaves nothing behind.
 */
@Component
public class DocumentStore {

    private static final int BUFFER = 64 * 1024;

    private final GridFSBucket bucket;
    private final ContentTypeDetector detector = new ContentTypeDetector();
    private final CatalogueSettings settings;

    public DocumentStore(GridFSBucket bucket, CatalogueSettings settings) {
        this.bucket = bucket;
        this.settings = settings;
    }

    /**
     * Stores {@code content} (its length may be unknown, {@code -1}) after checking type and size.
     *
     * @throws ApiException 415 {@code document-type-not-allowed}, 413 {@code payload-too-large}, 400 {@code document-empty}
     */
    public StoredDocument store(InputStream content, String filename, long declaredSize, Map<String, Object> metadata)
            throws IOException {
        long limit = settings.documents().maxSize().toBytes();
        if (declaredSize > limit) {
            throw tooLarge();
        }
        // A TikaInputStream lets the container detectors open a ZIP or OLE2 file (spooled to a temporary file,
        // deleted on close) instead of trusting its name.
        try (TikaInputStream in = TikaInputStream.get(new BufferedInputStream(content, BUFFER))) {
            in.mark(1);
            if (in.read() < 0) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "document-empty");
            }
            in.reset();
            String type = detector.detect(in, filename);
            if (!settings.documents().allowedTypes().contains(type)) {
                throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document-type-not-allowed", type);
            }
            return write(in, filename, type, limit, metadata);
        }
    }

    private StoredDocument write(InputStream in, String filename, String type, long limit,
                                 Map<String, Object> metadata) throws IOException {
        MessageDigest sha256 = sha256();
        ObjectId id = new ObjectId();
        Document fileMetadata = new Document(metadata).append("contentType", type);
        GridFSUploadStream upload = bucket.openUploadStream(new org.bson.BsonObjectId(id), filename,
                new GridFSUploadOptions().metadata(fileMetadata));
        long size = 0;
        try {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > limit) {
                    throw tooLarge();
                }
                sha256.update(buffer, 0, read);
                upload.write(buffer, 0, read);
            }
            upload.close();
        } catch (IOException | RuntimeException e) {
            upload.abort();
            throw e;
        }
        return new StoredDocument(id.toHexString(), filename, type, size, HexFormat.of().formatHex(sha256.digest()));
    }

    public void delete(String id) {
        bucket.delete(new ObjectId(id));
    }

    /** A readable resource of known length; every {@link AbstractResource#getInputStream()} opens a new stream. */
    public AbstractResource resource(String id, String filename, long size) {
        ObjectId objectId = new ObjectId(id);
        return new AbstractResource() {
            @Override
            public InputStream getInputStream() {
                return bucket.openDownloadStream(objectId);
            }

            @Override
            public long contentLength() {
                return size;
            }

            @Override
            public String getFilename() {
                return filename;
            }

            @Override
            public String getDescription() {
                return "GridFS document " + id;
            }
        };
    }

    private static ApiException tooLarge() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package id.terbuka.request.document;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.request.information.AttachedDocument;
import org.apache.tika.Tika;
import org.bson.BsonObjectId;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;

/**
 * Documents of a request (the proxy's power of attorney) in GridFS, encrypted. The type is detected from the bytes
 * (tika-core's magic numbers; the file name is only a hint, never overriding the bytes) and must be PDF, JPEG or
 * PNG; the size is limited while reading, so an oversized upload is refused without being held whole.
 */
@Component
public class RequestDocuments {

    static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png");

    private final GridFSBucket bucket;
    private final DocumentCipher cipher;
    private final long maxBytes;
    private final Tika tika = new Tika();

    RequestDocuments(GridFSBucket requestDocumentBucket, DocumentCipher cipher,
                     @Value("${terbuka.request.documents.max-size:5MB}") DataSize maxSize) {
        this.bucket = requestDocumentBucket;
        this.cipher = cipher;
        this.maxBytes = maxSize.toBytes();
    }

    /** @throws ApiException 400 {@code document-empty}, 413 {@code payload-too-large}, 415 {@code document-type-not-allowed} */
    public AttachedDocument store(String requestId, String kind, InputStream content, String fileName, Instant now)
            throws IOException {
        byte[] bytes = readLimited(content);
        if (bytes.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "document-empty");
        }
        String type = tika.detect(bytes, fileName);
        int parameters = type.indexOf(';');
        type = (parameters < 0 ? type : type.substring(0, parameters)).trim();
        if (!ALLOWED.contains(type)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "document-type-not-allowed", type);
        }
        String sha256 = HexFormat.of().formatHex(sha256().digest(bytes));
        ObjectId id = new ObjectId();
        bucket.uploadFromStream(new BsonObjectId(id), "document", new ByteArrayInputStream(cipher.seal(bytes,
                aad(requestId, kind))), new GridFSUploadOptions().metadata(new Document("requestId", requestId)
                .append("kind", kind)));
        return new AttachedDocument(id.toHexString(), safeName(fileName), type, bytes.length, sha256, now);
    }

    public byte[] read(String requestId, String kind, AttachedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bucket.downloadToStream(new ObjectId(document.documentId()), out);
        return cipher.open(out.toByteArray(), aad(requestId, kind));
    }

    public void delete(AttachedDocument document) {
        bucket.delete(new ObjectId(document.documentId()));
    }

    private byte[] readLimited(InputStream content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = content.read(buffer)) >= 0) {
            if (out.size() + read > maxBytes) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** A display name without path parts or control characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "dokumen" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.isEmpty() ? "dokumen" : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String aad(String requestId, String kind) {
        return "request:" + requestId + ":document:" + kind;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

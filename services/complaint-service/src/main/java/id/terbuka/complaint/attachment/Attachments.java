package id.terbuka.complaint.attachment;

import com.mongodb.client.gridfs.model.GridFSFile;
import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Attachment;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.platform.problem.ApiException;
import org.apache.tika.Tika;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Photos and documents of complaints. The type is detected from the bytes (Tika's magic numbers; the name is only a
 * hint), only JPEG, PNG and PDF are taken, and photos lose their EXIF / XMP / IPTC metadata (GPS position, camera)
 * before anything is stored. Bytes go to GridFS; the complaint lists them.
 */
@Component
public class Attachments {

    static final Map<String, String> ACCEPTED = Map.of("image/jpeg", ".jpg", "image/png", ".png",
            "application/pdf", ".pdf");

    private final GridFsTemplate gridFs;
    private final ComplaintService complaints;
    private final ComplaintSettings.Attachments limits;
    private final Tika tika = new Tika();

    Attachments(GridFsTemplate gridFs, ComplaintService complaints, ComplaintSettings settings) {
        this.gridFs = gridFs;
        this.complaints = complaints;
        this.limits = settings.attachments();
    }

    public record Content(Attachment attachment, byte[] bytes) {
    }

    public Attachment add(Complaint complaint, String fileName, byte[] bytes, String uploadedBy) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.unprocessable("empty-file");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "attachment-too-large", limits.maxBytes() / 1024);
        }
        String type = detect(bytes, fileName);
        if (!ACCEPTED.containsKey(type)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-attachment", type);
        }
        byte[] stored;
        try {
            stored = switch (type) {
                case "image/jpeg" -> MetadataStripper.jpeg(bytes);
                case "image/png" -> MetadataStripper.png(bytes);
                default -> bytes;
            };
        } catch (IllegalArgumentException malformed) {
            throw ApiException.unprocessable("malformed-image", type);
        }
        String name = safeName(fileName, ACCEPTED.get(type));
        // the limit check before the bytes are written, the same check again when the complaint is saved
        complaint.requireRoomForAttachment(limits.maxPerComplaint());
        ObjectId id = gridFs.store(new ByteArrayInputStream(stored), name, type,
                new Document("complaintId", complaint.id()).append("tenant", complaint.tenant()));
        Complaint fresh = complaints.byId(complaint.id()).orElseThrow();
        Attachment attachment = new Attachment(id.toHexString(), name, type, stored.length, sha256(stored),
                complaints.now(), uploadedBy, !type.equals("application/pdf"));
        try {
            fresh.attach(attachment, limits.maxPerComplaint());
            complaints.save(fresh);
        } catch (RuntimeException e) {
            gridFs.delete(Query.query(Criteria.where("_id").is(id)));
            throw e;
        }
        return attachment;
    }

    public Content read(Complaint complaint, String attachmentId) {
        Attachment attachment = complaint.attachments().stream().filter(a -> a.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> ApiException.notFound("Lampiran", attachmentId));
        GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(attachmentId))));
        if (file == null) {
            throw ApiException.notFound("Lampiran", attachmentId);
        }
        GridFsResource resource = gridFs.getResource(file);
        try (var in = resource.getInputStream()) {
            return new Content(attachment, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String detect(byte[] bytes, String fileName) {
        String type = tika.detect(bytes, fileName);
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).trim();
    }

    /** A plain name for Content-Disposition: no paths, no control or quote characters, the detected extension. */
    static String safeName(String fileName, String extension) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        if (base.isBlank()) {
            base = "lampiran";
        }
        return (base.length() > 80 ? base.substring(0, 80) : base) + extension;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

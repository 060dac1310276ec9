package id.terbuka.complaint.attachment;

import id.terbuka.complaint.complaint.Attachment;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Photos and documents of a complaint: the reporter (reporter code, or the filing citizen) adds and reads them,
 * as do the coordinator and the liaison of the complaint's unit. Never public: a photo can show people and places.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/complaints/{trackingId}/attachments")
public class AttachmentController {

    private static final Role[] STAFF = {Role.COMPLAINT_COORDINATOR, Role.COMPLAINT_LIAISON};

    private final ComplaintService service;
    private final Attachments attachments;
    private final Access access;
    private final MessageSource messages;

    AttachmentController(ComplaintService service, Attachments attachments, Access access, MessageSource messages) {
        this.service = service;
        this.attachments = attachments;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> add(@PathVariable String tenant, @PathVariable String trackingId,
                                   @RequestParam(name = "file", required = false) MultipartFile file,
                                   @RequestParam(required = false) String reporterCode) {
        boolean staff = isStaff();
        Complaint complaint = complaint(tenant, trackingId, reporterCode);
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid(List.of(new FieldProblem("file", messages.getMessage("validation.required",
                    null, "validation.required", LocaleContextHolder.getLocale()))));
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment added = attachments.add(complaint, file.getOriginalFilename(), bytes, staff ? "STAFF" : "REPORTER");
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> read(@PathVariable String tenant, @PathVariable String trackingId,
                                @PathVariable String attachmentId,
                                @RequestParam(required = false) String reporterCode) {
        Attachments.Content content = attachments.read(complaint(tenant, trackingId, reporterCode), attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.attachment().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    private boolean isStaff() {
        return access.current().map(c -> c.hasAny(STAFF)).orElse(false);
    }

    /** Staff: the coordinator, or the liaison of the complaint's unit; otherwise the reporter or the same 404. */
    private Complaint complaint(String tenant, String trackingId, String reporterCode) {
        Optional<Caller> caller = access.current();
        if (caller.isPresent() && caller.get().hasAny(STAFF)) {
            Caller staff = access.require(tenant, STAFF);
            Complaint complaint = service.get(tenant, trackingId);
            access.requireUnit(staff, complaint.unitId(), Role.COMPLAINT_COORDINATOR);
            return complaint;
        }
        return service.forReporter(tenant, trackingId, reporterCode, caller.orElse(null));
    }
}

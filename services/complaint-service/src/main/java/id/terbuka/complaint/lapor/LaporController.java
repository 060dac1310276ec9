package id.terbuka.complaint.lapor;

import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The coordinator selects a complaint for SP4N-LAPOR! ({@code POST}, 202: queued, forwarded in the background) and
 * follows the forwarding and the national status ({@code GET}).
 */
@RestController
@RequestMapping("/api/v1/{tenant}/complaints/{trackingId}/lapor")
public class LaporController {

    private final ComplaintService service;
    private final LaporConnector connector;
    private final Access access;

    LaporController(ComplaintService service, LaporConnector connector, Access access) {
        this.service = service;
        this.connector = connector;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<LaporForwarding> forward(@PathVariable String tenant, @PathVariable String trackingId) {
        Caller caller = access.require(tenant, Role.COMPLAINT_COORDINATOR);
        Complaint complaint = service.get(tenant, trackingId);
        if (!connector.configured(tenant)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "lapor-not-configured", tenant);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(connector.request(complaint, caller.subject()));
    }

    @GetMapping
    LaporForwarding status(@PathVariable String tenant, @PathVariable String trackingId) {
        access.require(tenant, Role.COMPLAINT_COORDINATOR);
        Complaint complaint = service.get(tenant, trackingId);
        LaporForwarding forwarding = connector.find(complaint.id());
        if (forwarding == null) {
            throw ApiException.notFound("Penerusan SP4N-LAPOR!", trackingId);
        }
        return forwarding;
    }
}

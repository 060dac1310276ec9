package id.terbuka.identity.audit;

import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's audit log, newest first, for its admins. */
@RestController
@Validated
public class AuditLogController {

    private final AuditLog audit;
    private final Access access;

    AuditLogController(AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/api/v1/{tenant}/audit-log")
    PageResponse<AuditEntry> page(@PathVariable String tenant,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return PageResponse.of(audit.page(tenant, page, size), entry -> entry);
    }
}

package id.terbuka.identity.tenant;

import id.terbuka.identity.audit.AuditAction;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

@RestController
@RequestMapping("/api/v1/tenants")
public class TenantController {

    private final TenantService tenants;
    private final Access access;
    private final AuditLog audit;

    TenantController(TenantService tenants, Access access, AuditLog audit) {
        this.tenants = tenants;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping
    List<TenantView> list() {
        return tenants.all().stream().map(TenantView::of).toList();
    }

    @PostMapping
    ResponseEntity<TenantView> register(@Valid @RequestBody TenantDetails details) {
        Caller caller = provinceAdmin();
        Tenant tenant = tenants.register(details);
        audit.record(tenant.slug(), caller.subject(), AuditAction.TENANT_REGISTERED, tenant.slug(), null);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{slug}")
                .buildAndExpand(tenant.slug()).toUri()).body(TenantView.of(tenant));
    }

    @PutMapping("/{slug}")
    TenantView update(@PathVariable String slug, @Valid @RequestBody TenantDetails details) {
        Caller caller = provinceAdmin();
        Tenant tenant = tenants.update(slug, details);
        audit.record(slug, caller.subject(), AuditAction.TENANT_UPDATED, slug, null);
        return TenantView.of(tenant);
    }

    /** Tenants are the province's business: only its admins register and correct them. */
    private Caller provinceAdmin() {
        Caller caller = access.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "unauthenticated"));
        if (!caller.isProvinceAdmin()) {
            throw ApiException.forbidden();
        }
        return caller;
    }
}

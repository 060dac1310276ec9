package id.terbuka.identity.tenant;

import jakarta.validation.Valid;
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
class TenantController {

    private final TenantService tenants;

    TenantController(TenantService tenants) {
        this.tenants = tenants;
    }

    @GetMapping
    List<TenantView> list() {
        return tenants.all().stream().map(TenantView::of).toList();
    }

    @PostMapping
    ResponseEntity<TenantView> register(@Valid @RequestBody TenantDetails details) {
        Tenant tenant = tenants.register(details);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{slug}")
                .buildAndExpand(tenant.slug()).toUri()).body(TenantView.of(tenant));
    }

    @PutMapping("/{slug}")
    TenantView update(@PathVariable String slug, @Valid @RequestBody TenantDetails details) {
        return TenantView.of(tenants.update(slug, details));
    }
}

package id.terbuka.identity.unit;

import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Role;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.Set;

/**
 * The OPDs of a tenant: public to read, managed by the tenant's admins (and province admins). Bodies are validated
 * after the role check, so a caller without the right gets 401/403 rather than a list of field errors.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/units")
class UnitController {

    /**
     * Province admins are named explicitly: the starter's {@code Access.require} exempts them from the tenant check
     * but not from the role check.
     */
    private static final Role[] MANAGERS = {Role.TENANT_ADMIN, Role.PROVINCE_ADMIN};

    private final UnitService units;
    private final Access access;
    private final Validator validator;

    UnitController(UnitService units, Access access, Validator validator) {
        this.units = units;
        this.access = access;
        this.validator = validator;
    }

    @GetMapping
    List<UnitView> list(@PathVariable String tenant, @RequestParam(defaultValue = "false") boolean includeClosed) {
        return units.list(tenant, includeClosed).stream().map(UnitView::of).toList();
    }

    @GetMapping("/{id}")
    UnitView get(@PathVariable String tenant, @PathVariable String id) {
        return UnitView.of(units.get(tenant, id));
    }

    @PostMapping
    ResponseEntity<UnitView> create(@PathVariable String tenant, @RequestBody UnitDetails details) {
        access.require(tenant, MANAGERS);
        validate(details);
        Unit unit = units.create(tenant, details);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(unit.id()).toUri()).body(UnitView.of(unit));
    }

    @PutMapping("/{id}")
    UnitView rename(@PathVariable String tenant, @PathVariable String id, @RequestBody UnitRename rename) {
        access.require(tenant, MANAGERS);
        validate(rename);
        return UnitView.of(units.rename(tenant, id, rename));
    }

    @PostMapping("/{id}/closure")
    UnitView close(@PathVariable String tenant, @PathVariable String id) {
        access.require(tenant, MANAGERS);
        return UnitView.of(units.close(tenant, id));
    }

    private <T> void validate(T body) {
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}

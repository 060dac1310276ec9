package id.terbuka.identity.account;

import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Staff accounts of a tenant: its TENANT_ADMINs (and province admins) manage them. */
@RestController
@Validated
@RequestMapping("/api/v1/{tenant}/users")
class StaffController {

    private final StaffService staff;
    private final Access access;

    StaffController(StaffService staff, Access access) {
        this.staff = staff;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<UserView> create(@PathVariable String tenant,
                                    @Valid @RequestBody StaffRequests.NewStaffUser request) {
        Caller caller = access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        UserAccount user = staff.create(tenant, request, caller);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(user.id()).toUri()).body(UserView.of(user));
    }

    @GetMapping
    PageResponse<UserView> list(@PathVariable String tenant,
                                @RequestParam(defaultValue = "0") @Min(0) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return PageResponse.of(staff.list(tenant, page, size), UserView::of);
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable String tenant, @PathVariable String id) {
        access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return UserView.of(staff.get(tenant, id));
    }

    /** Sets the user's roles and unit; effective from the user's next token. */
    @PatchMapping("/{id}")
    UserView changeRoles(@PathVariable String tenant, @PathVariable String id,
                         @Valid @RequestBody StaffRequests.RoleChange change) {
        Caller caller = access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return UserView.of(staff.changeRoles(tenant, id, change, caller));
    }

    /** The user can no longer sign in or refresh; tokens already issued expire within minutes. */
    @PostMapping("/{id}/deactivate")
    UserView deactivate(@PathVariable String tenant, @PathVariable String id) {
        Caller caller = access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return UserView.of(staff.deactivate(tenant, id, caller));
    }
}

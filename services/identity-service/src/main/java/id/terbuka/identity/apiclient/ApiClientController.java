package id.terbuka.identity.apiclient;

import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;

/** Third-party apps of a tenant, managed by its TENANT_ADMINs (and province admins). */
@RestController
@Validated
@RequestMapping("/api/v1/{tenant}/api-clients")
public class ApiClientController {

    record ApiClientView(String clientId, String tenant, String name, String ownerContact, List<String> scopes,
                         String rateLimitTier, String status, Instant registeredAt, Instant secretRotatedAt,
                         Instant revokedAt, String clientSecret) {

        static ApiClientView of(ApiClient client, String secret) {
            return new ApiClientView(client.clientId(), client.tenant(), client.name(), client.ownerContact(),
                    client.scopes(), client.rateLimitTier(), client.revoked() ? "REVOKED" : "ACTIVE",
                    client.registeredAt(), client.secretRotatedAt(), client.revokedAt(), secret);
        }
    }

    private final ApiClientService clients;
    private final Access access;

    ApiClientController(ApiClientService clients, Access access) {
        this.clients = clients;
        this.access = access;
    }

    /** 201 with {@code clientSecret}: shown this once, stored only as a hash. */
    @PostMapping
    ResponseEntity<ApiClientView> register(@PathVariable String tenant,
                                           @Valid @RequestBody ApiClientService.Registration registration) {
        Caller caller = access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        ApiClientService.WithSecret created = clients.register(tenant, registration, caller);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                        .buildAndExpand(created.client().clientId()).toUri())
                .cacheControl(CacheControl.noStore())
                .body(ApiClientView.of(created.client(), created.clientSecret()));
    }

    @GetMapping
    PageResponse<ApiClientView> list(@PathVariable String tenant,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return PageResponse.of(clients.list(tenant, page, size), client -> ApiClientView.of(client, null));
    }

    @GetMapping("/{clientId}")
    ApiClientView get(@PathVariable String tenant, @PathVariable String clientId) {
        access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return ApiClientView.of(clients.get(tenant, clientId), null);
    }

    /** A new secret replaces the old one at once; shown this once. */
    @PostMapping("/{clientId}/secret")
    ResponseEntity<ApiClientView> rotateSecret(@PathVariable String tenant, @PathVariable String clientId) {
        Caller caller = access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        ApiClientService.WithSecret rotated = clients.rotateSecret(tenant, clientId, caller);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(ApiClientView.of(rotated.client(), rotated.clientSecret()));
    }

    @PostMapping("/{clientId}/revoke")
    ApiClientView revoke(@PathVariable String tenant, @PathVariable String clientId) {
        Caller caller = access.require(tenant, Role.TENANT_ADMIN, Role.PROVINCE_ADMIN);
        return ApiClientView.of(clients.revoke(tenant, clientId, caller), null);
    }
}

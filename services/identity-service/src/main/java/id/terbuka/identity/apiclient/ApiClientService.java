package id.terbuka.identity.apiclient;

import id.terbuka.identity.audit.AuditAction;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.identity.crypto.Hashing;
import id.terbuka.identity.account.Texts;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Caller;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Registers, rotates and revokes the tenant's third-party apps. */
@Service
public class ApiClientService {

    public record Registration(@NotBlank @Size(max = 120) String name,
                               @NotBlank @Size(max = 254) String ownerContact,
                               @NotEmpty List<@NotNull String> scopes,
                               @NotBlank String rateLimitTier) {
    }

    /** An app with its secret in clear: returned once, at registration or rotation. */
    public record WithSecret(ApiClient client, String clientSecret) {
    }

    private final ApiClientRepository clients;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    ApiClientService(ApiClientRepository clients, PasswordEncoder passwords, AuditLog audit, Texts texts,
                     Clock clock) {
        this.clients = clients;
        this.passwords = passwords;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    public WithSecret register(String tenant, Registration registration, Caller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> scopes = List.copyOf(new LinkedHashSet<>(registration.scopes()));
        for (String scope : scopes) {
            if (!ApiScopes.ALL.contains(scope)) {
                problems.add(new FieldProblem("scopes", texts.get("apiClient.scope.unknown", scope,
                        String.join(", ", ApiScopes.ALL))));
            }
        }
        String tier = registration.rateLimitTier().strip().toUpperCase(Locale.ROOT);
        if (!ApiScopes.RATE_LIMIT_TIERS.contains(tier)) {
            problems.add(new FieldProblem("rateLimitTier", texts.get("apiClient.tier.unknown",
                    String.join(", ", ApiScopes.RATE_LIMIT_TIERS))));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String clientId = tenant + "." + Hashing.randomToken().substring(0, 16).toLowerCase(Locale.ROOT)
                .replace('_', 'x').replace('-', 'y');
        String secret = Hashing.randomToken();
        ApiClient client = clients.save(ApiClient.register(clientId, tenant, registration.name().strip(),
                registration.ownerContact().strip(), scopes, tier, passwords.encode(secret), clock.instant()));
        audit.record(tenant, caller.subject(), AuditAction.API_CLIENT_REGISTERED, clientId, "scopes=" + scopes);
        return new WithSecret(client, secret);
    }

    public Page<ApiClient> list(String tenant, int page, int size) {
        return clients.findByTenant(tenant, PageRequest.of(page, size, Sort.by("registeredAt")));
    }

    public ApiClient get(String tenant, String clientId) {
        return clients.findByClientIdAndTenant(clientId, tenant)
                .orElseThrow(() -> ApiException.notFound("API client", clientId));
    }

    public WithSecret rotateSecret(String tenant, String clientId, Caller caller) {
        ApiClient client = get(tenant, clientId);
        if (client.revoked()) {
            throw ApiException.unprocessable("api-client-revoked", clientId);
        }
        String secret = Hashing.randomToken();
        client.rotateSecret(passwords.encode(secret), clock.instant());
        client = clients.save(client);
        audit.record(tenant, caller.subject(), AuditAction.API_CLIENT_SECRET_ROTATED, clientId, null);
        return new WithSecret(client, secret);
    }

    public ApiClient revoke(String tenant, String clientId, Caller caller) {
        ApiClient client = get(tenant, clientId);
        if (client.revoke(clock.instant())) {
            client = clients.save(client);
            audit.record(tenant, caller.subject(), AuditAction.API_CLIENT_REVOKED, clientId, null);
        }
        return client;
    }
}

package id.terbuka.platform.security;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling, from a validated token: a person ({@code client == false}) with the tenant, roles and unit of the
 * token, or a third-party app (client credentials) with its scopes.
 *
 * @param subject the token's {@code sub}: a user id, or the client id for an app
 */
public record Caller(String subject, String tenant, Set<Role> roles, String unit, Set<String> scopes,
                     boolean client) {

    public Caller {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }

    public boolean isProvinceAdmin() {
        return roles.contains(Role.PROVINCE_ADMIN);
    }

    /** A province admin may act in every tenant of the installation; everyone else only in their own. */
    public boolean belongsTo(String tenantSlug) {
        return isProvinceAdmin() || tenantSlug.equals(tenant);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}

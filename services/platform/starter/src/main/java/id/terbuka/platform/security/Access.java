package id.terbuka.platform.security;

import id.terbuka.platform.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The role and tenant checks every endpoint makes (defence in depth: the gateway has already rejected invalid
 * tokens). No token → 401; a token of another tenant (province admins excepted) or without a fitting role → 403.
 *
 * <pre>{@code
 * Caller caller = access.require(tenant, Role.PPID_UTAMA, Role.PPID_PELAKSANA);
 * access.requireUnit(caller, entry.unitId(), Role.PPID_UTAMA);   // PELAKSANA only for its own unit
 * }</pre>
 */
public class Access {

    public static final String TENANT_CLAIM = "tenant";
    public static final String ROLES_CLAIM = "roles";
    public static final String UNIT_CLAIM = "unit";

    /** The caller, if the request carries a valid token. */
    public Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return Optional.of(fromJwt(token.getToken()));
        }
        return Optional.empty();
    }

    /** A signed-in caller of {@code tenant} holding one of {@code anyOf} (any role when none given). */
    public Caller require(String tenant, Role... anyOf) {
        Caller caller = current().orElseThrow(Access::unauthenticated);
        if (!caller.belongsTo(tenant)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden-tenant", tenant);
        }
        if (anyOf.length > 0 && !caller.hasAny(anyOf)) {
            throw ApiException.forbidden();
        }
        return caller;
    }

    /**
     * Unit-bound roles act only for their own unit; {@code tenantWide} roles (and province admins) for every unit.
     */
    public void requireUnit(Caller caller, String unitId, Role... tenantWide) {
        if (caller.isProvinceAdmin() || caller.hasAny(tenantWide)) {
            return;
        }
        if (caller.unit() == null || !caller.unit().equals(unitId)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden-unit", unitId);
        }
    }

    /** A third-party app (or person) whose token carries {@code scope}. */
    public Caller requireScope(String tenant, String scope) {
        Caller caller = current().orElseThrow(Access::unauthenticated);
        if (!caller.belongsTo(tenant)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden-tenant", tenant);
        }
        if (!caller.hasScope(scope)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "insufficient-scope", scope);
        }
        return caller;
    }

    public static Caller fromJwt(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : strings(jwt.getClaim(ROLES_CLAIM))) {
            Role role = Role.parse(value);
            if (role != null) {
                roles.add(role);
            }
        }
        Set<String> scopes = new HashSet<>();
        Object scope = jwt.getClaim("scope");
        if (scope instanceof String text) {
            scopes.addAll(List.of(text.trim().split("\\s+")));
        } else {
            scopes.addAll(strings(scope));
        }
        scopes.remove("");
        boolean client = roles.isEmpty() && jwt.getSubject() != null
                && jwt.getSubject().equals(jwt.getClaimAsString("client_id"));
        return new Caller(jwt.getSubject(), jwt.getClaimAsString(TENANT_CLAIM), roles,
                jwt.getClaimAsString(UNIT_CLAIM), scopes, client);
    }

    private static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static ApiException unauthenticated() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated");
    }
}

package id.terbuka.platform.tenant;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/** The tenant a request is scoped to, resolved from the {@code {tenant}} segment of its path. */
public final class TenantContext {

    static final String ATTRIBUTE = TenantContext.class.getName();

    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    private TenantContext() {
    }
}

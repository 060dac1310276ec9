package id.terbuka.platform.tenant;

import id.terbuka.platform.problem.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * Resolves the {@code {tenant}} path variable of every tenant-scoped endpoint, answers 404 for a tenant the
 * platform does not know, and makes the slug available through {@link TenantContext}.
 */
public class TenantPathInterceptor implements HandlerInterceptor {

    public static final String PATH_VARIABLE = "tenant";

    private final ObjectProvider<TenantDirectory> directory;

    /** Looked up once: asking the bean factory on every request cost more than the rest of the check. */
    private volatile TenantDirectory resolved;

    public TenantPathInterceptor(ObjectProvider<TenantDirectory> directory) {
        this.directory = directory;
    }

    private TenantDirectory directory() {
        TenantDirectory tenants = resolved;
        if (tenants == null) {
            tenants = directory.getIfAvailable();
            if (tenants == null) {
                throw new IllegalStateException("a tenant-scoped endpoint needs a TenantDirectory bean");
            }
            resolved = tenants;
        }
        return tenants;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String slug = variables == null ? null : variables.get(PATH_VARIABLE);
        if (slug == null) {
            return true;
        }
        if (!directory().exists(slug)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "tenant-not-found", slug);
        }
        request.setAttribute(TenantContext.ATTRIBUTE, slug);
        return true;
    }
}

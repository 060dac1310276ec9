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

    public TenantPathInterceptor(ObjectProvider<TenantDirectory> directory) {
        this.directory = directory;
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
        TenantDirectory tenants = directory.getIfAvailable();
        if (tenants == null) {
            throw new IllegalStateException("a tenant-scoped endpoint needs a TenantDirectory bean");
        }
        if (!tenants.exists(slug)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "tenant-not-found", slug);
        }
        request.setAttribute(TenantContext.ATTRIBUTE, slug);
        return true;
    }
}

package id.terbuka.platform.security;

import id.terbuka.platform.config.PlatformAutoConfiguration;
import id.terbuka.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** 401 and 403 decided in the security filter chain, answered as the same RFC 9457 problems as everything else. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final JsonMapper json;

    public ProblemSecurityHandlers(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED,
                request.getHeader("Authorization") == null ? "unauthenticated" : "invalid-token");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type)
            throws IOException {
        Locale previous = LocaleContextHolder.getLocale();
        String language = request.getHeader("Accept-Language");
        LocaleContextHolder.setLocale(language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : PlatformAutoConfiguration.INDONESIAN);
        try {
            ProblemDetail problem = problems.build(status, type, new Object[0], List.of(), request.getRequestURI());
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } finally {
            LocaleContextHolder.setLocale(previous);
        }
    }
}

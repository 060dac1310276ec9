package id.terbuka.platform.problem;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Builds the platform's RFC 9457 responses: localized title and detail, trace id, instance and field errors. */
public class Problems {

    public static final String TYPE_BASE = "https://terbuka.id/problems/";

    private final MessageSource messages;
    private final ObjectProvider<Tracer> tracer;

    public Problems(MessageSource messages, ObjectProvider<Tracer> tracer) {
        this.messages = messages;
        this.tracer = tracer;
    }

    public ResponseEntity<ProblemDetail> response(HttpStatus status, String typeSlug, Object[] detailArguments,
                                                  List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail problem = build(status, typeSlug, detailArguments, errors, request.getRequestURI());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public ProblemDetail build(HttpStatus status, String typeSlug, Object[] detailArguments,
                               List<FieldProblem> errors, String instance) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + typeSlug));
        problem.setTitle(message("problem." + typeSlug + ".title", null, status.getReasonPhrase(), locale));
        problem.setDetail(message("problem." + typeSlug + ".detail", detailArguments, null, locale));
        problem.setInstance(URI.create(instance));
        problem.setProperty("traceId", traceId());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Resolves a message key in the caller's language; used for field messages too. */
    public String message(String key, Object[] args, String fallback, Locale locale) {
        return messages.getMessage(key, args, fallback, locale);
    }

    public String traceId() {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        return span != null ? span.context().traceId() : UUID.randomUUID().toString().replace("-", "");
    }
}

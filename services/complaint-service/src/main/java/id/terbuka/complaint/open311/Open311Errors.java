package id.terbuka.complaint.open311;

import id.terbuka.complaint.complaint.TooManyComplaints;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Open311 apps expect the GeoReport v2 error shape, not RFC 9457: JSON {@code [{"code": 400, "description": ...}]},
 * XML {@code <errors><error><code/><description/></error></errors>}, one error per invalid field, with the HTTP
 * status of the problem (and {@code Retry-After} on 429). The texts are the platform's problem texts.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final Problems problems;

    Open311Errors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> api(ApiException e, HttpServletRequest request) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e instanceof TooManyComplaints limited) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfterSeconds()));
        }
        return render(response, e.status(), problems.build(e.status(), e.typeSlug(), e.detailArguments(), e.errors(),
                request.getRequestURI()), e.errors(), request);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Object> badParameter(Exception e, HttpServletRequest request) {
        boolean missing = e instanceof MissingServletRequestParameterException;
        String field = missing ? ((MissingServletRequestParameterException) e).getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        List<FieldProblem> errors = List.of(new FieldProblem(field, problems.message(
                missing ? "validation.required" : "validation.unreadable", null, "invalid",
                LocaleContextHolder.getLocale())));
        return render(ResponseEntity.status(HttpStatus.BAD_REQUEST), HttpStatus.BAD_REQUEST,
                problems.build(HttpStatus.BAD_REQUEST, "validation", new Object[0], errors,
                        request.getRequestURI()), errors, request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Object> unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("Open311 request {} failed", request.getRequestURI(), e);
        return render(ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR), HttpStatus.INTERNAL_SERVER_ERROR,
                problems.build(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                        new Object[]{problems.traceId()}, List.of(), request.getRequestURI()),
                List.of(), request);
    }

    private ResponseEntity<Object> render(ResponseEntity.BodyBuilder response, HttpStatus status,
                                          ProblemDetail problem, List<FieldProblem> fields,
                                          HttpServletRequest request) {
        List<String> descriptions = new ArrayList<>();
        if (fields == null || fields.isEmpty()) {
            descriptions.add(problem.getDetail() == null ? problem.getTitle() : problem.getDetail());
        } else {
            fields.forEach(f -> descriptions.add(f.field() + ": " + f.message()));
        }
        if (request.getRequestURI().endsWith(".xml")) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors>");
            descriptions.forEach(d -> xml.append("<error><code>").append(status.value()).append("</code><description>")
                    .append(Xml.escape(d)).append("</description></error>"));
            return response.contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                    .body(xml.append("</errors>\n").toString());
        }
        List<Map<String, Object>> json = descriptions.stream()
                .map(d -> Map.<String, Object>of("code", status.value(), "description", d)).toList();
        return response.contentType(MediaType.APPLICATION_JSON).body(json);
    }
}

package id.terbuka.complaint.complaint;

import id.terbuka.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The platform's problem for a hit intake limit, plus {@code Retry-After} (RFC 9110 §10.2.3) in seconds. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RetryAfterAdvice {

    private final Problems problems;

    RetryAfterAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(TooManyComplaints.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyComplaints e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> problem = problems.response(e.status(), e.typeSlug(), e.detailArguments(),
                e.errors(), request);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(problem.getBody());
    }
}

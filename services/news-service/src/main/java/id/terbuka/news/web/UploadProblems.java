package id.terbuka.news.web;

import id.terbuka.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.util.List;

/**
 * A multipart body the container cannot parse (no boundary, cut off, not multipart at all) is the client's mistake:
 * 400 {@code malformed-body} instead of the platform's catch-all 500. Too large stays 413. Consulted before the
 * platform's handler, which knows only the size case.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final Problems problems;

    UploadProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            return problems.response(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", new Object[0], List.of(),
                    request);
        }
        return problems.response(HttpStatus.BAD_REQUEST, "malformed-body", new Object[0], List.of(), request);
    }
}

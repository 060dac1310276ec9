package id.terbuka.platform.problem;

import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A failure the caller can do something about. It becomes an RFC 9457 problem whose type is
 * {@code https://terbuka.id/problems/<typeSlug>} and whose title and detail come from the message bundles
 * ({@code problem.<typeSlug>.title}, {@code problem.<typeSlug>.detail}) in the caller's language.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String typeSlug;
    private final Object[] detailArguments;
    private final List<FieldProblem> errors;

    public ApiException(HttpStatus status, String typeSlug, Object... detailArguments) {
        this(status, typeSlug, List.of(), detailArguments);
    }

    public ApiException(HttpStatus status, String typeSlug, List<FieldProblem> errors, Object... detailArguments) {
        super(typeSlug);
        this.status = status;
        this.typeSlug = typeSlug;
        this.detailArguments = detailArguments;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", what, id);
    }

    public static ApiException conflict(String typeSlug, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, typeSlug, args);
    }

    /** A request that is well-formed but breaks a rule of the domain (a deadline passed, a state forbids it). */
    public static ApiException unprocessable(String typeSlug, Object... args) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, typeSlug, args);
    }

    /** Field errors found by the domain rather than by bean validation. */
    public static ApiException invalid(List<FieldProblem> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation", errors);
    }

    public static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden");
    }

    public HttpStatus status() {
        return status;
    }

    public String typeSlug() {
        return typeSlug;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}

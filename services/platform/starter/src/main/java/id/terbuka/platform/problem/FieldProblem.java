package id.terbuka.platform.problem;

/**
 * One invalid field of a request: {@code field} is the JSON path as the client sent it (e.g.
 * {@code reporter.email}), {@code message} says what is wrong in the caller's language.
 */
public record FieldProblem(String field, String message) {
}

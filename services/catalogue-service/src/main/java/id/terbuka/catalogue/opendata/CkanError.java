package id.terbuka.catalogue.opendata;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * An error in CKAN's own shape ({@code {success: false, error: {__type, message | field: [messages]}}}) with the
 * status CKAN uses: 404 Not Found Error, 409 Validation Error (a missing or bad parameter), 400 for an unknown
 * action.
 */
class CkanError extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, Object> error;

    private CkanError(HttpStatus status, Map<String, Object> error) {
        super(String.valueOf(error.get("__type")));
        this.status = status;
        this.error = error;
    }

    static CkanError notFound(String message) {
        return new CkanError(HttpStatus.NOT_FOUND, Map.of("__type", "Not Found Error", "message", message));
    }

    static CkanError validation(String field, String message) {
        return new CkanError(HttpStatus.CONFLICT, Map.of("__type", "Validation Error", field, List.of(message)));
    }

    static CkanError unknownAction(String action) {
        return new CkanError(HttpStatus.BAD_REQUEST, Map.of("__type", "Bad request",
                "message", "Bad request - Action name not known: " + action));
    }

    HttpStatus status() {
        return status;
    }

    Map<String, Object> error() {
        return error;
    }
}

package id.terbuka.complaint.complaint;

import id.terbuka.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** 429 {@code too-many-complaints}, with the seconds until the window ends for the {@code Retry-After} header. */
public class TooManyComplaints extends ApiException {

    private final long retryAfterSeconds;

    TooManyComplaints(int max, long minutes, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, "too-many-complaints", max, minutes);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

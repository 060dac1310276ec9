package id.terbuka.request.information;

import java.time.Instant;

/** Why and when a request reached status CLOSED; {@code previousStatus} is the outcome it closed with. */
public record Closure(Reason reason, Instant closedAt, RequestStatus previousStatus) {

    public enum Reason { WINDOW_LAPSED, DISPUTE_DECIDED, WITHDRAWN }
}

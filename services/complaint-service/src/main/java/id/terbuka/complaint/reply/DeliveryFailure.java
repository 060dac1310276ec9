package id.terbuka.complaint.reply;

/**
 * A platform did not take a message. Transient failures (network, timeouts, 5xx, 429) are retried and count
 * against the circuit breaker; permanent ones (other 4xx: bad number, blocked bot, bad token) are not.
 */
public class DeliveryFailure extends RuntimeException {

    private final boolean transientFailure;

    public DeliveryFailure(String message, boolean transientFailure) {
        super(message, null, false, false);
        this.transientFailure = transientFailure;
    }

    public boolean transientFailure() {
        return transientFailure;
    }

    public static boolean isTransient(Throwable e) {
        return e instanceof DeliveryFailure f && f.transientFailure;
    }
}

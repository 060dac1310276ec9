package id.terbuka.platform.events.consume;

/** An event that can never be applied, however often it is retried; it goes straight to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

package id.terbuka.launcher.demo;

/** A demo step could not do its work; the message says what the platform answered. */
public class DemoException extends Exception {
    public DemoException(String message) {
        super(message);
    }
}

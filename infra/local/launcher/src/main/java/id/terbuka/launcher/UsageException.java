package id.terbuka.launcher;

/** Bad command line: the message is shown to the user together with the usage text. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}

package id.terbuka.launcher;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines, each prefixed with the seconds since the launcher started: {@code [  12.3s] ready  kafka ...}. */
public final class Console {

    private final PrintStream out;
    private final long startNanos;

    public Console(PrintStream out, long startNanos) {
        this.out = out;
        this.startNanos = startNanos;
    }

    public PrintStream out() {
        return out;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public synchronized void event(String tag, String text) {
        out.println(format(elapsedSeconds(), tag, text));
        out.flush();
    }

    public synchronized void plain(String text) {
        out.println(text);
        out.flush();
    }

    static String format(double seconds, String tag, String text) {
        return String.format(Locale.ROOT, "[%6.1fs] %-6s %s", seconds, tag, text);
    }
}

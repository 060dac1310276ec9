package id.terbuka.launcher;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The one-command local platform: {@code java -jar terbuka-launcher.jar [up|stop|status|restart <component>]}.
 * JDK only, so it runs before anything else is resolved.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Console console = new Console(System.out, t0);
        Path cwd = Path.of("").toAbsolutePath();
        Options options;
        try {
            options = Options.parse(Arrays.asList(args), System.getenv(), cwd,
                    ProjectRoot.locate(ProjectRoot.codeLocation(), cwd).orElse(null));
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        int code;
        try {
            Platform platform = new Platform(options, console);
            code = switch (options.command()) {
                case UP -> platform.up();
                case STOP -> platform.stop();
                case STATUS -> platform.status();
                case RESTART -> platform.restart();
                case HELP -> {
                    System.out.println(Options.USAGE);
                    yield 0;
                }
            };
        } catch (Exception e) {
            System.err.println("Launcher failed: " + e);
            e.printStackTrace();
            code = 1;
        }
        System.exit(code);
    }
}

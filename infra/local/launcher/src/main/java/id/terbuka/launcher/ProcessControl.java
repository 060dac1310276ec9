package id.terbuka.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starting, stopping and probing operating-system processes and ports. */
public final class ProcessControl {

    public static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private ProcessControl() {
    }

    /** A component process this launcher started. */
    public record Started(Component component, Process process, Path log, long logOffset, Instant startedAt) {
    }

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static List<String> extraJvmOptions(Map<String, String> env) {
        String opts = env.getOrDefault("TERBUKA_JAVA_OPTS", "").trim();
        return opts.isEmpty() ? List.of() : Arrays.asList(opts.split("\\s+"));
    }

    /**
     * Starts the component with its output appended to its log and writes its pid file.
     * On Linux the child gets its own session (setsid, which execs in place: the pid stays the same) so that
     * Ctrl-C reaches only the launcher, which then stops the children in reverse order.
     */
    public static Started start(PlatformPlan plan, Component component, boolean startupCache) throws IOException {
        Path log = plan.logFile(component);
        Files.createDirectories(log.getParent());
        Path jar = plan.jar(component);
        List<String> jvmOptions = new ArrayList<>();
        if (startupCache) {
            AppCache cache = new AppCache(plan.runDir());
            jar = cache.runnableJar(jar, component);
            jvmOptions.addAll(cache.jvmOptions(component));
        }
        jvmOptions.addAll(extraJvmOptions(System.getenv()));
        List<String> command = plan.command(component, javaExecutable(), jar, jvmOptions);
        String header = "%n==== %s: starting %s ====%n%s%n".formatted(
                Instant.now(), component.name(), String.join(" ", command));
        Files.writeString(log, header, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        long offset = Files.size(log);

        List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(plan.runDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(plan.environment(component, System.getenv()));
        Process process = builder.start();
        PidFile.of(process.toHandle()).write(RunDir.pidFile(plan.runDir(), component.name()));
        return new Started(component, process, log, offset, Instant.now());
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns true when it had to kill. */
    public static boolean stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return false;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        if (awaitExit(process, grace)) {
            descendants.forEach(ProcessHandle::destroyForcibly);
            return false;
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
        return true;
    }

    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** True when nothing listens on 127.0.0.1:port (a bind succeeds). */
    public static boolean portFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean waitPortFree(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!portFree(port)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(Duration.ofMillis(250));
        }
        return true;
    }

    public static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when the log has {@code marker} after byte {@code offset}. */
    public static boolean logContains(Path log, long offset, String marker) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            if (length <= offset) {
                return false;
            }
            file.seek(offset);
            byte[] bytes = new byte[(int) Math.min(length - offset, 8 * 1024 * 1024)];
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).contains(marker);
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of a log, for failure messages. */
    public static List<String> tail(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of("(no log at " + log + ")");
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(0, length - 64 * 1024);
            file.seek(start);
            byte[] bytes = new byte[(int) (length - start)];
            file.readFully(bytes);
            Deque<String> last = new ArrayDeque<>();
            new String(bytes, StandardCharsets.UTF_8).lines().forEach(line -> {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            });
            return List.copyOf(last);
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package id.terbuka.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The platform launcher run as a child process, exactly as a developer runs it ({@code java -jar ... up}). */
final class LauncherProcess {

    static final String READY_LINE = "Terbuka is ready";

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread reader;

    private LauncherProcess(Process process, Path outputFile) throws IOException {
        this.process = process;
        Files.createDirectories(outputFile.getParent());
        PrintWriter copy = new PrintWriter(Files.newBufferedWriter(outputFile, StandardCharsets.UTF_8), true);
        reader = Thread.ofPlatform().daemon().name("launcher-output").start(() -> {
            try (copy; BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    output.add(line);
                    copy.println(line);
                    if (line.equals(READY_LINE)) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process is gone
            }
        });
    }

    /** Runs {@code java -jar <launcher> <args>} from the project root; stdout and stderr go to {@code outputFile}. */
    static LauncherProcess start(Path root, Path outputFile, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", launcherJar(root).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        return new LauncherProcess(process, outputFile);
    }

    static Path launcherJar(Path root) {
        return root.resolve("infra/local/launcher/target/terbuka-launcher-0.1.0-SNAPSHOT.jar");
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits for the ready line; false when the launcher exits or the time runs out first. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready.await(1, TimeUnit.SECONDS)) {
                return true;
            }
            if (!process.isAlive()) {
                reader.join(2000);
                return ready.getCount() == 0;
            }
        }
        return false;
    }

    /** Waits for the launcher to finish (for one-shot commands such as {@code restart}); -1 on timeout. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return -1;
        }
        reader.join(2000);
        return process.exitValue();
    }

    /** Stops the launcher as Ctrl-C or a service manager would (SIGTERM); it stops its components first. */
    boolean terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            reader.join(2000);
            return true;
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return false;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String outputTail(int lines) {
        List<String> copy = List.copyOf(output);
        return String.join("\n", copy.subList(Math.max(0, copy.size() - lines), copy.size()));
    }
}

package id.terbuka.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The run folder: {@code logs/} (one log per component), {@code data/} (Kafka log dirs, the MongoDB store file),
 * {@code pids/} (one pid file per running process, read by {@code stop}, {@code status}, {@code restart}),
 * {@code platform.properties} (how {@code up} was started).
 */
public final class RunDir {

    public static final String LAUNCHER = "launcher";

    private RunDir() {
    }

    public static Path logs(Path runDir) {
        return runDir.resolve("logs");
    }

    public static Path data(Path runDir) {
        return runDir.resolve("data");
    }

    public static Path pids(Path runDir) {
        return runDir.resolve("pids");
    }

    public static Path pidFile(Path runDir, String name) {
        return pids(runDir).resolve(name + ".pid");
    }

    public static Path settingsFile(Path runDir) {
        return runDir.resolve("platform.properties");
    }

    public static void create(Path runDir) throws IOException {
        Files.createDirectories(logs(runDir));
        Files.createDirectories(data(runDir).resolve("kafka"));
        Files.createDirectories(data(runDir).resolve("mongodb"));
        Files.createDirectories(pids(runDir));
    }
}

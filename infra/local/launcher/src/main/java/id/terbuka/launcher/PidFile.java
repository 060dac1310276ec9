package id.terbuka.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a pid file holds: the pid and the process start time, so that a pid reused by an unrelated process
 * after a reboot or crash is never stopped by mistake.
 */
public record PidFile(long pid, Instant startedAt) {

    public static PidFile of(ProcessHandle process) {
        return new PidFile(process.pid(), process.info().startInstant().orElse(null));
    }

    public String content() {
        return pid + "\n" + (startedAt == null ? "" : startedAt.toString()) + "\n";
    }

    public static Optional<PidFile> parse(String content) {
        List<String> lines = content.lines().map(String::trim).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0));
            Instant started = lines.size() > 1 && !lines.get(1).isEmpty() ? Instant.parse(lines.get(1)) : null;
            return Optional.of(new PidFile(pid, started));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True when {@code process} is the very process this file was written for. */
    public boolean describes(long otherPid, Optional<Instant> otherStart) {
        if (otherPid != pid) {
            return false;
        }
        return startedAt == null || otherStart.isEmpty() || startedAt.equals(otherStart.get());
    }

    /** The live process this file names, if it still runs. */
    public Optional<ProcessHandle> liveProcess() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> describes(p.pid(), p.info().startInstant()));
    }

    public static Optional<PidFile> read(Path file) {
        try {
            return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static Optional<ProcessHandle> liveProcess(Path file) {
        return read(file).flatMap(PidFile::liveProcess);
    }

    public void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

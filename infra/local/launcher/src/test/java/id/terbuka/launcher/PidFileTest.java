package id.terbuka.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PidFileTest {

    @Test
    void readsWhatItWrites(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gateway.pid");
        PidFile written = new PidFile(4242, Instant.parse("2025-01-02T03:04:05.600Z"));

        written.write(file);

        assertThat(PidFile.read(file)).contains(written);
    }

    @Test
    void doesNotTakeAReusedPidForTheProcessItWroteDown() {
        Instant started = Instant.parse("2025-01-02T03:04:05Z");
        PidFile file = new PidFile(100, started);

        assertThat(file.describes(100, Optional.of(started))).isTrue();
        assertThat(file.describes(100, Optional.of(started.plusSeconds(30)))).isFalse();
        assertThat(file.describes(101, Optional.of(started))).isFalse();
        assertThat(file.describes(100, Optional.empty())).isTrue();
    }

    @Test
    void findsTheLiveProcessItNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("self.pid");
        PidFile.of(ProcessHandle.current()).write(file);

        assertThat(PidFile.liveProcess(file)).map(ProcessHandle::pid).contains(ProcessHandle.current().pid());

        Files.writeString(file, ProcessHandle.current().pid() + "\n2001-01-01T00:00:00Z\n");
        assertThat(PidFile.liveProcess(file)).isEmpty();
    }

    @Test
    void ignoresMissingOrGarbledFiles(@TempDir Path dir) throws Exception {
        assertThat(PidFile.read(dir.resolve("none.pid"))).isEmpty();
        Path garbled = dir.resolve("garbled.pid");
        Files.writeString(garbled, "not a pid");
        assertThat(PidFile.read(garbled)).isEmpty();
        assertThat(PidFile.parse("77\n")).contains(new PidFile(77, null));
    }
}

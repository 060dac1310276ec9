package id.terbuka.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The start scheduler, with stand-in processes and a readiness check the test controls. */
class StartupTest {

    private static final PlatformSettings LOCAL = new PlatformSettings(false, null, null);
    private final PlatformPlan plan = new PlatformPlan(PlatformPlan.select(Set.of(), LOCAL), LOCAL,
            Path.of("/p/.run"), Path.of("/p"));
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final Console console = new Console(new PrintStream(printed, true, StandardCharsets.UTF_8), System.nanoTime());

    /** Records, at each start, what was ready and how many Spring Boot apps were starting. */
    private final List<String> startOrder = new ArrayList<>();
    private final Map<String, Set<String>> readyWhenStarted = new HashMap<>();
    private final Set<String> ready = new HashSet<>();
    private final Set<String> starting = new HashSet<>();
    private int mostSpringAppsStartingAtOnce;
    private final Map<String, Integer> probes = new HashMap<>();

    private ProcessControl.Started start(Component c, FakeProcess process) {
        startOrder.add(c.name());
        readyWhenStarted.put(c.name(), Set.copyOf(ready));
        starting.add(c.name());
        long springStarting = starting.stream()
                .filter(n -> Components.byName(n).orElseThrow().kind().isSpringBoot()).count();
        mostSpringAppsStartingAtOnce = Math.max(mostSpringAppsStartingAtOnce, (int) springStarting);
        return new ProcessControl.Started(c, process, Path.of("/p/.run/logs", c.name() + ".log"), 0, Instant.now());
    }

    /** Ready on the third probe. */
    private boolean readyOnThirdProbe(Component c, Path log, long offset) {
        int n = probes.merge(c.name(), 1, Integer::sum);
        if (n >= 3) {
            starting.remove(c.name());
            ready.add(c.name());
            return true;
        }
        return false;
    }

    @Test
    void startsEachComponentOnceWhatItNeedsIsReady() {
        Startup.Outcome outcome = new Startup(plan, Duration.ofMinutes(1), 3, this::readyOnThirdProbe, console)
                .pollingEvery(Duration.ZERO).run(c -> start(c, new FakeProcess()), () -> false);

        assertThat(outcome).isInstanceOf(Startup.AllReady.class);
        assertThat(((Startup.AllReady) outcome).readyAfter()).containsOnlyKeys(Components.names());
        assertThat(startOrder.subList(0, 3)).containsExactly("mongodb", "kafka", "discovery");
        for (String service : Components.SERVICE_NAMES) {
            assertThat(readyWhenStarted.get(service)).contains("mongodb", "kafka", "discovery");
        }
        assertThat(readyWhenStarted.get("gateway")).contains("discovery");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("ready  gateway");
    }

    @Test
    void startsNoMoreSpringBootAppsAtOnceThanAllowed() {
        new Startup(plan, Duration.ofMinutes(1), 2, this::readyOnThirdProbe, console)
                .pollingEvery(Duration.ZERO).run(c -> start(c, new FakeProcess()), () -> false);

        assertThat(mostSpringAppsStartingAtOnce).isEqualTo(2);
        assertThat(startOrder).hasSize(9).endsWith("gateway");
    }

    @Test
    void reportsAComponentThatExitsWhileStarting() {
        Startup.Outcome outcome = new Startup(plan, Duration.ofMinutes(1), 3, this::readyOnThirdProbe, console)
                .pollingEvery(Duration.ZERO).run(c -> start(c, c.name().equals("kafka") ? FakeProcess.exited(1) : new FakeProcess()), () -> false);

        assertThat(outcome).isInstanceOf(Startup.Failed.class);
        Startup.Failed failed = (Startup.Failed) outcome;
        assertThat(failed.component().name()).isEqualTo("kafka");
        assertThat(failed.reason()).isEqualTo("exited with code 1 while starting");
        assertThat(startOrder).doesNotContain("identity-service", "gateway");
    }

    @Test
    void givesUpOnAComponentThatIsNotReadyInTime() {
        Startup.Outcome outcome = new Startup(plan, Duration.ZERO, 3, (c, log, offset) -> false, console)
                .pollingEvery(Duration.ZERO).run(c -> start(c, new FakeProcess()), () -> false);

        assertThat(outcome).isInstanceOf(Startup.Failed.class);
        assertThat(((Startup.Failed) outcome).reason()).isEqualTo("was not ready after 0 s");
    }

    @Test
    void startsNothingOnceThePlatformIsStopping() {
        Startup.Outcome outcome = new Startup(plan, Duration.ofMinutes(1), 3, this::readyOnThirdProbe, console)
                .pollingEvery(Duration.ZERO).run(c -> start(c, new FakeProcess()), () -> true);

        assertThat(outcome).isInstanceOf(Startup.Interrupted.class);
        assertThat(startOrder).isEmpty();
    }

    /** A process that runs until told otherwise. */
    static final class FakeProcess extends Process {
        private final Integer exitCode;

        FakeProcess() {
            this(null);
        }

        private FakeProcess(Integer exitCode) {
            this.exitCode = exitCode;
        }

        static FakeProcess exited(int code) {
            return new FakeProcess(code);
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public int waitFor() {
            return exitCode == null ? 0 : exitCode;
        }

        @Override
        public int exitValue() {
            if (exitCode == null) {
                throw new IllegalThreadStateException("running");
            }
            return exitCode;
        }

        @Override
        public boolean isAlive() {
            return exitCode == null;
        }

        @Override
        public long pid() {
            return 4242;
        }

        @Override
        public void destroy() {
        }
    }
}

package id.terbuka.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Starts components in dependency order and waits for each to be ready: a component starts once everything it
 * depends on is ready, and at most {@code parallel} Spring Boot apps start at the same time (on 2 cores more
 * only slows each of them down).
 */
public final class Startup {

    /** Starts one component; returns null when the platform is stopping and nothing may start any more. */
    @FunctionalInterface
    public interface Starter {
        ProcessControl.Started start(Component component) throws IOException;
    }

    /** Is the component ready? {@link Readiness#isReady} in production. */
    @FunctionalInterface
    public interface ReadinessCheck {
        boolean isReady(Component component, java.nio.file.Path log, long logOffset);
    }

    public sealed interface Outcome {
    }

    public record AllReady(Map<String, Duration> readyAfter) implements Outcome {
    }

    public record Failed(Component component, String reason) implements Outcome {
    }

    public record Interrupted() implements Outcome {
    }

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final PlatformPlan plan;
    private final Duration timeout;
    private final int parallel;
    private final ReadinessCheck readiness;
    private final Console console;
    private Duration pollInterval = Duration.ofMillis(300);

    public Startup(PlatformPlan plan, Duration timeout, int parallel, ReadinessCheck readiness, Console console) {
        this.plan = plan;
        this.timeout = timeout;
        this.parallel = parallel;
        this.readiness = readiness;
        this.console = console;
    }

    /** How often readiness is probed (tests probe without pause). */
    Startup pollingEvery(Duration interval) {
        this.pollInterval = interval;
        return this;
    }

    public Outcome run(Starter starter, BooleanSupplier stopping) {
        Set<Component> pending = new LinkedHashSet<>(plan.components());
        Map<Component, ProcessControl.Started> starting = new LinkedHashMap<>();
        Set<String> ready = new LinkedHashSet<>();
        Map<String, Duration> readyAfter = new LinkedHashMap<>();
        long lastProgress = System.nanoTime();

        while (!pending.isEmpty() || !starting.isEmpty()) {
            if (stopping.getAsBoolean()) {
                return new Interrupted();
            }
            for (Component c : List.copyOf(pending)) {
                if (!ready.containsAll(plan.dependenciesInPlan(c))) {
                    continue;
                }
                long springStarting = starting.keySet().stream().filter(s -> s.kind().isSpringBoot()).count();
                if (c.kind().isSpringBoot() && springStarting >= parallel) {
                    continue;
                }
                ProcessControl.Started started;
                try {
                    started = starter.start(c);
                } catch (IOException e) {
                    return new Failed(c, "could not be started: " + e.getMessage());
                }
                if (started == null) {
                    return new Interrupted();
                }
                console.event("start", c.name() + " (port " + c.port() + ", pid " + started.process().pid() + ")");
                starting.put(c, started);
                pending.remove(c);
            }

            for (ProcessControl.Started s : List.copyOf(starting.values())) {
                Component c = s.component();
                Duration elapsed = Duration.between(s.startedAt(), java.time.Instant.now());
                if (!s.process().isAlive()) {
                    if (stopping.getAsBoolean()) {
                        return new Interrupted();
                    }
                    return new Failed(c, "exited with code " + s.process().exitValue() + " while starting");
                }
                if (readiness.isReady(c, s.log(), s.logOffset())) {
                    starting.remove(c);
                    ready.add(c.name());
                    readyAfter.put(c.name(), elapsed);
                    console.event("ready", String.format(Locale.ROOT, "%-18s after %5.1f s", c.name(),
                            elapsed.toMillis() / 1000.0));
                } else if (elapsed.compareTo(timeout) > 0) {
                    return new Failed(c, "was not ready after " + timeout.toSeconds() + " s");
                }
            }

            if (!starting.isEmpty() && System.nanoTime() - lastProgress >= PROGRESS_EVERY.toNanos()) {
                lastProgress = System.nanoTime();
                console.event("wait", waitingLine(starting.values()));
            }
            if (!pending.isEmpty() || !starting.isEmpty()) {
                ProcessControl.sleep(pollInterval);
            }
        }
        return new AllReady(readyAfter);
    }

    private static String waitingLine(Iterable<ProcessControl.Started> starting) {
        List<String> parts = new ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        for (ProcessControl.Started s : starting) {
            parts.add(s.component().name() + " " + Duration.between(s.startedAt(), now).toSeconds() + "s");
        }
        return String.join(", ", parts);
    }
}

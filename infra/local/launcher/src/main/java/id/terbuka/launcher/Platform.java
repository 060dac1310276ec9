package id.terbuka.launcher;

import id.terbuka.launcher.demo.DemoException;
import id.terbuka.launcher.demo.DemoLoader;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The commands: up, stop, status, restart. */
public final class Platform {

    /** How long the gateway may take to reach the services through Eureka while the demo data is loaded. */
    static final Duration DEMO_PATIENCE = Duration.ofSeconds(120);
    // Apps register as they become ready; one missing after this long is misconfigured (e.g. Eureka client disabled).
    static final Duration REGISTRATION_PATIENCE = Duration.ofSeconds(30);
    static final Duration LAUNCHER_STOP_PATIENCE = Duration.ofSeconds(150);

    private final Options options;
    private final Console console;
    private final Readiness readiness = new Readiness();

    private final Object lifecycle = new Object();
    private final Map<String, ProcessControl.Started> started = new ConcurrentHashMap<>();
    private boolean stopping;

    public Platform(Options options, Console console) {
        this.options = options;
        this.console = console;
    }

    // ---------------------------------------------------------------- up

    public int up() throws IOException {
        Path runDir = options.runDir();
        PlatformSettings settings = PlatformSettings.from(options);
        PlatformPlan plan = PlatformPlan.create(options, settings);
        RunDir.create(runDir);

        Optional<ProcessHandle> otherLauncher = PidFile.liveProcess(RunDir.pidFile(runDir, RunDir.LAUNCHER))
                .filter(p -> p.pid() != ProcessHandle.current().pid());
        if (otherLauncher.isPresent()) {
            console.plain("Terbuka is already running from " + runDir + " (launcher pid " + otherLauncher.get().pid()
                    + "). Stop it first: ./run stop" + runDirArgument());
            return 2;
        }
        stopLeftovers(runDir);

        List<String> problems = new ArrayList<>();
        for (Component c : plan.components()) {
            if (!Files.isRegularFile(plan.jar(c))) {
                problems.add("  " + c.name() + ": missing " + plan.jar(c));
            }
        }
        if (!problems.isEmpty()) {
            console.plain("Cannot start: jars are missing. Build them first: ./mvnw -B -q -DskipTests install"
                    + " (./run does this for you)");
            problems.forEach(console::plain);
            return 2;
        }
        for (Component c : plan.components()) {
            for (int port : c.ports()) {
                if (!ProcessControl.portFree(port)) {
                    problems.add("  port " + port + " (" + c.name() + ") is in use by another program");
                }
            }
        }
        if (!problems.isEmpty()) {
            console.plain("Cannot start: ports are in use. Is Terbuka already running (./run status, ./run stop)?"
                    + " Find the program with: ss -ltnp | grep <port>");
            problems.forEach(console::plain);
            return 2;
        }

        PidFile.of(ProcessHandle.current()).write(RunDir.pidFile(runDir, RunDir.LAUNCHER));
        settings.save(RunDir.settingsFile(runDir));
        Thread hook = new Thread(this::stopAll, "terbuka-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        console.plain("Starting Terbuka " + Components.VERSION + " from " + options.projectRoot());
        console.plain("  run folder " + runDir + ", demo " + (settings.demo() ? "on" : "off")
                + ", Java " + Runtime.version().feature() + ", up to " + options.parallel()
                + " Spring Boot apps starting at once");
        if (!settings.localMongo()) {
            console.plain("  using the MongoDB at " + settings.mongoUri() + " (MONGODB_URI)");
        }
        if (!settings.localKafka()) {
            console.plain("  using the Kafka at " + settings.kafkaServers() + " (KAFKA_BOOTSTRAP_SERVERS)");
        }

        Startup.Outcome outcome = new Startup(plan, options.timeout(), options.parallel(), readiness::isReady, console)
                .run(c -> startTracked(plan, c), this::isStopping);
        if (outcome instanceof Startup.Failed failed) {
            reportFailure(plan, failed.component(), failed.reason());
            stopAll();
            return 1;
        }
        if (outcome instanceof Startup.Interrupted) {
            return 130;
        }

        awaitRegistrations(plan);
        if (settings.demo() && plan.contains(Components.GATEWAY) && plan.contains("identity-service")) {
            try {
                console.event("demo", "loading the demo province through the gateway");
                DemoLoader.standard().load(URI.create(Components.byName(Components.GATEWAY).orElseThrow().baseUrl()),
                        DEMO_PATIENCE, console.out());
                console.event("demo", "loaded");
            } catch (DemoException e) {
                console.event("FAILED", e.getMessage());
                console.plain("The demo data could not be loaded; see the gateway and identity-service logs in "
                        + RunDir.logs(runDir) + ", or start without it: ./run --no-demo");
                stopAll();
                return 1;
            }
        }
        Duration startup = Duration.ofMillis(Math.round(console.elapsedSeconds() * 1000));
        ReadySummary.lines(plan, startup, displayed(runDir)).forEach(console::plain);
        watchUntilStopped(plan);
        return 0;
    }

    private ProcessControl.Started startTracked(PlatformPlan plan, Component c) throws IOException {
        synchronized (lifecycle) {
            if (stopping) {
                return null;
            }
            ProcessControl.Started s = ProcessControl.start(plan, c, options.startupCache());
            started.put(c.name(), s);
            return s;
        }
    }

    private boolean isStopping() {
        synchronized (lifecycle) {
            return stopping;
        }
    }

    private void reportFailure(PlatformPlan plan, Component c, String reason) {
        Path log = plan.logFile(c);
        console.event("FAILED", c.name() + " " + reason + ". Last lines of " + log + ":");
        ProcessControl.tail(log, 40).forEach(line -> console.plain("    | " + line));
        console.plain("Everything started so far is being stopped. Full log: " + log);
    }

    /** Waits until Eureka lists every service (the gateway routes by what Eureka lists). */
    private void awaitRegistrations(PlatformPlan plan) {
        if (!plan.contains(Components.DISCOVERY)) {
            return;
        }
        Set<String> expected = new HashSet<>();
        plan.components().stream().filter(c -> c.kind() == ComponentKind.SERVICE || c.kind() == ComponentKind.GATEWAY)
                .forEach(c -> expected.add(c.name()));
        if (expected.isEmpty()) {
            return;
        }
        EurekaRegistry eureka = new EurekaRegistry(PlatformSettings.EUREKA_URL);
        long deadline = System.nanoTime() + REGISTRATION_PATIENCE.toNanos();
        Set<String> missing = new HashSet<>(expected);
        while (!isStopping()) {
            missing = new HashSet<>(expected);
            missing.removeAll(eureka.applicationsUp());
            if (missing.isEmpty()) {
                console.event("ready", "all " + expected.size() + " applications registered in Eureka");
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
            ProcessControl.sleep(Duration.ofSeconds(1));
        }
        console.event("warn", "not registered in Eureka after " + REGISTRATION_PATIENCE.toSeconds() + " s: "
                + String.join(", ", missing.stream().sorted().toList())
                + " (the gateway cannot route to them; check their logs)");
    }

    /** Reports components that die or come back (e.g. after 'restart' from another terminal) until stopped. */
    private void watchUntilStopped(PlatformPlan plan) {
        Map<String, Long> lastPid = new LinkedHashMap<>();
        for (Component c : plan.components()) {
            lastPid.put(c.name(), livePid(c).orElse(-1L));
        }
        while (!isStopping()) {
            ProcessControl.sleep(Duration.ofSeconds(2));
            if (isStopping()) {
                return;
            }
            for (Component c : plan.components()) {
                long now = livePid(c).orElse(-1L);
                long before = lastPid.get(c.name());
                if (now != before) {
                    if (now < 0) {
                        console.event("down", c.name() + " (pid " + before + ") is no longer running; "
                                + "./run restart " + c.name() + runDirArgument() + " starts it again");
                    } else {
                        console.event("up", c.name() + " is running again (pid " + now + ")");
                    }
                    lastPid.put(c.name(), now);
                }
            }
        }
    }

    private Optional<Long> livePid(Component c) {
        return PidFile.liveProcess(RunDir.pidFile(options.runDir(), c.name())).map(ProcessHandle::pid);
    }

    /** Stops every component in reverse start order; runs from the shutdown hook too, so it must be idempotent. */
    void stopAll() {
        synchronized (lifecycle) {
            if (stopping) {
                return;
            }
            stopping = true;
        }
        console.plain("");
        console.event("stop", "stopping Terbuka");
        stopComponents(options.runDir(), started);
        try {
            Files.deleteIfExists(RunDir.pidFile(options.runDir(), RunDir.LAUNCHER));
        } catch (IOException ignored) {
            // a stale launcher pid file is recognised by its start time
        }
        console.event("stop", "Terbuka stopped");
    }

    /**
     * Stops every component named by a pid file or tracked in {@code own}, tier by tier (gateway, services,
     * discovery, Kafka and MongoDB), the members of a tier together.
     */
    private int stopComponents(Path runDir, Map<String, ProcessControl.Started> own) {
        PlatformPlan everything = new PlatformPlan(Components.ALL, new PlatformSettings(false, null, null),
                runDir, options.projectRoot());
        int stopped = 0;
        for (List<Component> tier : everything.stopTiers()) {
            List<Thread> threads = new ArrayList<>();
            for (Component c : tier) {
                Set<ProcessHandle> handles = new HashSet<>();
                ProcessControl.Started mine = own.get(c.name());
                if (mine != null && mine.process().isAlive()) {
                    handles.add(mine.process().toHandle());
                }
                Path pidFile = RunDir.pidFile(runDir, c.name());
                PidFile.liveProcess(pidFile).ifPresent(handles::add);
                if (handles.isEmpty()) {
                    deleteQuietly(pidFile);
                    continue;
                }
                stopped++;
                threads.add(Thread.ofPlatform().name("stop-" + c.name()).start(() -> {
                    long t = System.nanoTime();
                    boolean killed = false;
                    for (ProcessHandle h : handles) {
                        killed |= ProcessControl.stop(h, ProcessControl.STOP_GRACE);
                    }
                    deleteQuietly(pidFile);
                    console.event("stop", String.format(Locale.ROOT, "%-18s %s after %.1f s", c.name(),
                            killed ? "KILLED (did not stop on SIGTERM)" : "stopped", (System.nanoTime() - t) / 1e9));
                }));
            }
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return stopped;
    }

    /** Processes left by a launcher that was killed (kill -9, power loss): stop them before starting again. */
    private void stopLeftovers(Path runDir) {
        boolean any = Components.ALL.stream()
                .anyMatch(c -> PidFile.liveProcess(RunDir.pidFile(runDir, c.name())).isPresent());
        if (any) {
            console.plain("Stopping processes left over from an earlier run in " + runDir);
            stopComponents(runDir, Map.of());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    // ---------------------------------------------------------------- stop

    public int stop() {
        Path runDir = options.runDir();
        Optional<ProcessHandle> launcher = PidFile.liveProcess(RunDir.pidFile(runDir, RunDir.LAUNCHER))
                .filter(p -> p.pid() != ProcessHandle.current().pid());
        boolean anything = false;
        if (launcher.isPresent()) {
            anything = true;
            console.event("stop", "asking the launcher (pid " + launcher.get().pid() + ") to stop everything");
            launcher.get().destroy();
            if (!ProcessControl.awaitExit(launcher.get(), LAUNCHER_STOP_PATIENCE)) {
                console.event("stop", "the launcher did not stop; killing it and stopping its components here");
                launcher.get().destroyForcibly();
            }
            deleteQuietly(RunDir.pidFile(runDir, RunDir.LAUNCHER));
        }
        synchronized (lifecycle) {
            stopping = true;
        }
        int stopped = stopComponents(runDir, Map.of());
        if (!anything && stopped == 0) {
            console.plain("Nothing is running from " + runDir);
        } else {
            console.event("stop", "Terbuka stopped");
        }
        return 0;
    }

    // ---------------------------------------------------------------- status

    public int status() throws IOException {
        Path runDir = options.runDir();
        PlatformSettings settings = PlatformSettings.load(RunDir.settingsFile(runDir), PlatformSettings.from(options));
        Optional<ProcessHandle> launcher = PidFile.liveProcess(RunDir.pidFile(runDir, RunDir.LAUNCHER));
        console.plain("Terbuka in " + runDir + ": " + launcher.map(p -> "launcher running (pid " + p.pid() + ")")
                .orElse("no launcher running"));
        console.plain(String.format(Locale.ROOT, "  %-18s %-6s %-8s %s", "component", "port", "pid", "state"));
        boolean allUp = true;
        for (Component c : Components.ALL) {
            if (c.kind() == ComponentKind.MONGODB && !settings.localMongo()
                    || c.kind() == ComponentKind.KAFKA && !settings.localKafka()) {
                console.plain(String.format(Locale.ROOT, "  %-18s %-6s %-8s %s", c.name(), "-", "-",
                        "external: " + (c.kind() == ComponentKind.MONGODB ? settings.mongoUri() : settings.kafkaServers())));
                continue;
            }
            Optional<ProcessHandle> process = PidFile.liveProcess(RunDir.pidFile(runDir, c.name()));
            boolean serving = readiness.isServing(c);
            String state;
            if (process.isPresent()) {
                state = serving ? "up" : "starting or unhealthy";
            } else {
                state = serving ? "up, but not started from this run folder" : "down";
            }
            allUp &= process.isPresent() && serving;
            console.plain(String.format(Locale.ROOT, "  %-18s %-6d %-8s %s", c.name(), c.port(),
                    process.map(p -> Long.toString(p.pid())).orElse("-"), state));
        }
        console.plain("  logs: " + RunDir.logs(runDir));
        return allUp ? 0 : 3;
    }

    // ---------------------------------------------------------------- restart

    public int restart() throws IOException {
        Path runDir = options.runDir();
        Component c = Components.byName(options.component()).orElseThrow();
        PlatformSettings settings = PlatformSettings.load(RunDir.settingsFile(runDir), PlatformSettings.from(options));
        if (c.kind() == ComponentKind.MONGODB && !settings.localMongo()
                || c.kind() == ComponentKind.KAFKA && !settings.localKafka()) {
            console.plain(c.name() + " is external in this run folder; there is nothing to restart here.");
            return 2;
        }
        PlatformPlan plan = new PlatformPlan(List.of(c), settings, runDir, options.projectRoot());
        RunDir.create(runDir);
        if (!Files.isRegularFile(plan.jar(c))) {
            console.plain("Cannot start " + c.name() + ": missing " + plan.jar(c)
                    + ". Build it first: ./mvnw -B -q -DskipTests install");
            return 2;
        }
        Path pidFile = RunDir.pidFile(runDir, c.name());
        Optional<ProcessHandle> running = PidFile.liveProcess(pidFile);
        if (running.isPresent()) {
            console.event("stop", c.name() + " (pid " + running.get().pid() + ")");
            boolean killed = ProcessControl.stop(running.get(), ProcessControl.STOP_GRACE);
            console.event("stop", c.name() + (killed ? " killed" : " stopped"));
        }
        deleteQuietly(pidFile);
        for (int port : c.ports()) {
            if (!ProcessControl.waitPortFree(port, Duration.ofSeconds(30))) {
                console.plain("Cannot start " + c.name() + ": port " + port + " is still in use by another program");
                return 2;
            }
        }
        Startup.Outcome outcome = new Startup(plan, options.timeout(), 1, readiness::isReady, console)
                .run(component -> ProcessControl.start(plan, component, options.startupCache()), () -> false);
        if (outcome instanceof Startup.Failed failed) {
            reportFailure(plan, c, failed.reason());
            PidFile.liveProcess(pidFile).ifPresent(p -> ProcessControl.stop(p, ProcessControl.STOP_GRACE));
            deleteQuietly(pidFile);
            return 1;
        }
        console.event("ready", c.name() + " restarted; log: " + plan.logFile(c));
        return 0;
    }

    private String runDirArgument() {
        Path defaultRunDir = options.projectRoot().resolve(".run");
        return options.runDir().equals(defaultRunDir) ? "" : " --run-dir " + options.runDir();
    }

    /** The run folder as the user would type it: relative to the working directory when inside it. */
    private static Path displayed(Path runDir) {
        Path cwd = Path.of("").toAbsolutePath();
        return runDir.startsWith(cwd) && !runDir.equals(cwd) ? cwd.relativize(runDir) : runDir;
    }
}

package id.terbuka.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which components run, in which order, with which command line and environment. Pure: it starts nothing.
 */
public final class PlatformPlan {

    /** Small heaps and a quick-start JIT: a laptop runs nine JVMs. Measured in docs/operations/local-platform.md. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:ReservedCodeCacheSize=64m", "-Djava.awt.headless=true");

    private final List<Component> components;
    private final PlatformSettings settings;
    private final Path runDir;
    private final Path projectRoot;

    public PlatformPlan(List<Component> components, PlatformSettings settings, Path runDir, Path projectRoot) {
        this.components = List.copyOf(components);
        this.settings = settings;
        this.runDir = runDir;
        this.projectRoot = projectRoot;
    }

    public static PlatformPlan create(Options options, PlatformSettings settings) {
        return new PlatformPlan(select(options.only(), settings), settings, options.runDir(), options.projectRoot());
    }

    /**
     * The components to start, in start order: all of them (or {@code only} and what those depend on), less the
     * local MongoDB/Kafka when external ones are given.
     */
    public static List<Component> select(Set<String> only, PlatformSettings settings) {
        Set<String> wanted = new LinkedHashSet<>();
        if (only.isEmpty()) {
            Components.ALL.forEach(c -> wanted.add(c.name()));
        } else {
            only.forEach(name -> addWithDependencies(name, wanted));
        }
        List<Component> selected = new ArrayList<>();
        for (Component c : Components.ALL) {
            if (!wanted.contains(c.name())) {
                continue;
            }
            if (c.kind() == ComponentKind.MONGODB && !settings.localMongo()
                    || c.kind() == ComponentKind.KAFKA && !settings.localKafka()) {
                continue;
            }
            selected.add(c);
        }
        return selected;
    }

    private static void addWithDependencies(String name, Set<String> wanted) {
        if (wanted.add(name)) {
            Components.byName(name).orElseThrow().dependsOn().forEach(dep -> addWithDependencies(dep, wanted));
        }
    }

    public List<Component> components() {
        return components;
    }

    public PlatformSettings settings() {
        return settings;
    }

    public Path runDir() {
        return runDir;
    }

    public Path projectRoot() {
        return projectRoot;
    }

    public boolean contains(String name) {
        return components.stream().anyMatch(c -> c.name().equals(name));
    }

    /** Dependencies that are part of this plan (an external MongoDB is not waited for). */
    public List<String> dependenciesInPlan(Component component) {
        return component.dependsOn().stream().filter(this::contains).toList();
    }

    /**
     * Stop order: the reverse of the start order, grouped into tiers stopped one after the other (gateway, then
     * the services together, then discovery, then Kafka and MongoDB together).
     */
    public List<List<Component>> stopTiers() {
        List<List<Component>> tiers = new ArrayList<>();
        for (ComponentKind[] tier : new ComponentKind[][] {
                {ComponentKind.GATEWAY}, {ComponentKind.SERVICE}, {ComponentKind.DISCOVERY},
                {ComponentKind.KAFKA, ComponentKind.MONGODB}}) {
            List<Component> members = new ArrayList<>();
            for (int i = components.size() - 1; i >= 0; i--) {
                Component c = components.get(i);
                for (ComponentKind kind : tier) {
                    if (c.kind() == kind) {
                        members.add(c);
                    }
                }
            }
            if (!members.isEmpty()) {
                tiers.add(List.copyOf(members));
            }
        }
        return tiers;
    }

    public Path jar(Component component) {
        return projectRoot.resolve(component.jar());
    }

    public Path logFile(Component component) {
        return RunDir.logs(runDir).resolve(component.name() + ".log");
    }

    public Path kafkaDataDir() {
        return RunDir.data(runDir).resolve("kafka");
    }

    /** catalogue-service's search index: under the run folder, so a killed run leaves nothing in /tmp. */
    public Path catalogueIndexDir() {
        return RunDir.data(runDir).resolve("catalogue-service").resolve("search-index");
    }

    public Path mongoDataFile() {
        return RunDir.data(runDir).resolve("mongodb").resolve("terbuka.mv");
    }

    /**
     * The full command line: java, JVM options, -jar, the component's own arguments.
     *
     * @param jarToRun        the component's jar, or its extracted copy (see {@link AppCache})
     * @param extraJvmOptions added after the defaults, so they win (e.g. a bigger -Xmx from TERBUKA_JAVA_OPTS)
     */
    public List<String> command(Component component, String javaExecutable, Path jarToRun, List<String> extraJvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable);
        cmd.addAll(DEFAULT_JVM_OPTIONS);
        cmd.add("-Dterbuka.component=" + component.name());
        cmd.addAll(extraJvmOptions);
        cmd.add("-jar");
        cmd.add(jarToRun.toString());
        switch (component.kind()) {
            case MONGODB -> cmd.addAll(List.of(
                    "--data-file", mongoDataFile().toString(), "--port", Integer.toString(component.port())));
            case KAFKA -> cmd.addAll(List.of(
                    "--data-dir", kafkaDataDir().toString(), "--port", Integer.toString(component.port()),
                    "--controller-port", Integer.toString(Components.KAFKA_CONTROLLER_PORT)));
            default -> {
                // Spring Boot apps are configured through the environment
            }
        }
        return cmd;
    }

    /**
     * The variables added to the launcher's own environment for this component. Everything binds and registers
     * 127.0.0.1 so the gateway reaches what Eureka lists even on a machine with other interfaces.
     */
    public Map<String, String> environment(Component component, Map<String, String> inherited) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!component.kind().isSpringBoot()) {
            return env;
        }
        env.put("SERVER_PORT", Integer.toString(component.port()));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("EUREKA_URL", PlatformSettings.EUREKA_URL);
        env.put("EUREKA_INSTANCE_HOSTNAME", "127.0.0.1");
        env.put("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1");
        env.put("EUREKA_INSTANCE_PREFERIPADDRESS", "true");
        env.put("MONGODB_URI", settings.mongoUri());
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaServers());
        if (component.name().equals("catalogue-service") && !inherited.containsKey("TERBUKA_CATALOGUE_INDEX_DIRECTORY")) {
            env.put("TERBUKA_CATALOGUE_INDEX_DIRECTORY", catalogueIndexDir().toString());
        }
        String profiles = inherited.getOrDefault("SPRING_PROFILES_ACTIVE", "").trim();
        if (settings.demo()) {
            profiles = profiles.isEmpty() ? "demo" : profiles + ",demo";
        }
        if (!profiles.isEmpty()) {
            env.put("SPRING_PROFILES_ACTIVE", profiles);
        }
        return env;
    }
}

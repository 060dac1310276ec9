package id.terbuka.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed command line.
 *
 * @param command      what to do
 * @param runDir       where logs, data and pid files live (absolute)
 * @param projectRoot  the checkout whose jars are started (absolute)
 * @param demo         load the demo province and start services with the demo profile
 * @param timeout      how long one component may take to become ready
 * @param parallel     how many Spring Boot applications may be starting at the same time
 * @param only         start only these components (plus what they depend on); empty = all
 * @param component    the component of {@code restart}
 * @param mongoUri     an external MongoDB to use instead of the local store, or null
 * @param kafkaServers an external Kafka to use instead of the local broker, or null
 * @param startupCache run extracted jars with class-data-sharing archives (see {@link AppCache})
 */
public record Options(Command command, Path runDir, Path projectRoot, boolean demo, Duration timeout, int parallel,
                      Set<String> only, String component, String mongoUri, String kafkaServers,
                      boolean startupCache) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(240);
    /** Measured on 2 cores: see docs/operations/local-platform.md. */
    public static final int DEFAULT_PARALLEL = 3;

    public static final String USAGE = """
            Usage: ./run [command] [options]

            Commands:
              up                   build if needed, start the whole platform, wait until Ctrl-C (default)
              stop                 stop a platform started in another terminal
              status               show which components are up
              restart <component>  stop and start one component (%s)
              help                 show this text

            Options:
              --run-dir <dir>      logs, data and pid files (default: <project>/.run)
              --demo / --no-demo   load the demo province (default: --demo)
              --timeout <seconds>  how long one component may take to become ready (default: %d)
              --parallel <n>       Spring Boot apps starting at the same time (default: %d)
              --only <a,b,...>     start only these components and what they need
              --project-root <dir> the checkout to run (default: found from the launcher jar)
              --no-cache           run the jars as they are (no extracted copies, no CDS archives)
              --build              (./run only) rebuild before starting

            Environment:
              MONGODB_URI              use this MongoDB instead of the local store (mongodb://host:port)
              KAFKA_BOOTSTRAP_SERVERS  use this Kafka instead of the local broker (host:port)
              TERBUKA_JAVA_OPTS        extra JVM options for every component
            """.formatted(String.join(", ", Components.names()), DEFAULT_TIMEOUT.toSeconds(), DEFAULT_PARALLEL);

    public Options {
        only = Set.copyOf(only);
    }

    /**
     * Parses the arguments.
     *
     * @param args         the command line
     * @param env          the environment (MONGODB_URI, KAFKA_BOOTSTRAP_SERVERS)
     * @param cwd          the working directory, for relative paths
     * @param defaultRoot  the project root when --project-root is not given
     */
    public static Options parse(List<String> args, Map<String, String> env, Path cwd, Path defaultRoot) {
        Command command = null;
        String component = null;
        Path runDir = null;
        Path root = defaultRoot;
        boolean demo = true;
        boolean cache = true;
        Duration timeout = DEFAULT_TIMEOUT;
        int parallel = DEFAULT_PARALLEL;
        Set<String> only = new LinkedHashSet<>();
        String mongoUri = blankToNull(env.get("MONGODB_URI"));
        String kafka = blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS"));

        List<String> rest = new ArrayList<>(args);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String inlineValue = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                inlineValue = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
            }
            switch (arg) {
                case "--run-dir" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(rest, i++, arg);
                    runDir = cwd.resolve(value);
                }
                case "--project-root" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(rest, i++, arg);
                    root = cwd.resolve(value);
                }
                case "--demo" -> demo = true;
                case "--no-demo" -> demo = false;
                case "--no-cache" -> cache = false;
                case "--timeout" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(rest, i++, arg);
                    timeout = Duration.ofSeconds(positiveInt(value, arg));
                }
                case "--parallel" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(rest, i++, arg);
                    parallel = positiveInt(value, arg);
                }
                case "--only" -> {
                    String value = inlineValue != null ? inlineValue : valueAfter(rest, i++, arg);
                    for (String name : value.split(",")) {
                        if (!name.isBlank()) {
                            only.add(knownComponent(name.trim()));
                        }
                    }
                }
                case "-h", "--help" -> command = Command.HELP;
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("Unknown option: " + arg);
                    }
                    if (command == null) {
                        command = commandNamed(arg);
                    } else if (command == Command.RESTART && component == null) {
                        component = knownComponent(arg);
                    } else {
                        throw new UsageException("Unexpected argument: " + arg);
                    }
                }
            }
        }
        if (command == null) {
            command = Command.UP;
        }
        if (command == Command.RESTART && component == null) {
            throw new UsageException("restart needs a component: " + String.join(", ", Components.names()));
        }
        if (root == null) {
            throw new UsageException("Cannot find the project root; pass --project-root <dir>");
        }
        root = root.toAbsolutePath().normalize();
        runDir = (runDir != null ? runDir : root.resolve(".run")).toAbsolutePath().normalize();
        return new Options(command, runDir, root, demo, timeout, parallel, only, component, mongoUri, kafka, cache);
    }

    private static Command commandNamed(String arg) {
        return switch (arg) {
            case "up", "start" -> Command.UP;
            case "stop", "down" -> Command.STOP;
            case "status" -> Command.STATUS;
            case "restart" -> Command.RESTART;
            case "help" -> Command.HELP;
            default -> throw new UsageException("Unknown command: " + arg);
        };
    }

    private static String knownComponent(String name) {
        if (Components.byName(name).isEmpty()) {
            throw new UsageException("Unknown component: " + name + " (known: " + String.join(", ", Components.names()) + ")");
        }
        return name;
    }

    private static String valueAfter(List<String> args, int index, String option) {
        if (index + 1 >= args.size() || args.get(index + 1).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index + 1);
    }

    private static int positiveInt(String value, String option) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException(option + " needs a positive whole number, not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

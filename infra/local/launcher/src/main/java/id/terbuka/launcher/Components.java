package id.terbuka.launcher;

import java.util.List;
import java.util.Optional;

/** The fixed catalogue of local platform components, in start order. */
public final class Components {

    public static final String VERSION = "0.1.0-SNAPSHOT";
    public static final int KAFKA_CONTROLLER_PORT = 19093;

    public static final String MONGODB = "mongodb";
    public static final String KAFKA = "kafka";
    public static final String DISCOVERY = "discovery";
    public static final String GATEWAY = "gateway";

    public static final List<String> SERVICE_NAMES = List.of(
            "identity-service", "catalogue-service", "request-service", "complaint-service", "news-service");

    public static final List<Component> ALL = List.of(
            new Component(MONGODB, ComponentKind.MONGODB, 27027,
                    "infra/local/mongo-server/target/terbuka-local-mongo-" + VERSION + "-exec.jar", List.of()),
            new Component(KAFKA, ComponentKind.KAFKA, 19092,
                    "infra/local/kafka-server/target/terbuka-local-kafka-" + VERSION + "-exec.jar", List.of()),
            new Component(DISCOVERY, ComponentKind.DISCOVERY, 8761,
                    "discovery/target/terbuka-discovery-" + VERSION + ".jar", List.of()),
            service("identity-service", 8081),
            service("catalogue-service", 8082),
            service("request-service", 8083),
            service("complaint-service", 8084),
            service("news-service", 8085),
            new Component(GATEWAY, ComponentKind.GATEWAY, 8080,
                    "gateway/target/terbuka-gateway-" + VERSION + ".jar", List.of(DISCOVERY)));

    private Components() {
    }

    private static Component service(String name, int port) {
        return new Component(name, ComponentKind.SERVICE, port,
                "services/" + name + "/target/terbuka-" + name + "-" + VERSION + ".jar",
                List.of(MONGODB, KAFKA, DISCOVERY));
    }

    public static Optional<Component> byName(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Component::name).toList();
    }
}

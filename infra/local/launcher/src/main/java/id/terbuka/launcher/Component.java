package id.terbuka.launcher;

import java.util.List;

/**
 * One process of the local platform.
 *
 * @param name      the process name (also the Eureka service name for Spring Boot apps, the log and pid file name)
 * @param kind      what it is
 * @param port      the main port it listens on (127.0.0.1)
 * @param jar       the executable jar, relative to the project root
 * @param dependsOn components that must be ready before this one starts
 */
public record Component(String name, ComponentKind kind, int port, String jar, List<String> dependsOn) {

    public Component {
        dependsOn = List.copyOf(dependsOn);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String readinessUrl() {
        return baseUrl() + "/actuator/health/readiness";
    }

    public String prometheusUrl() {
        return baseUrl() + "/actuator/prometheus";
    }

    /** Every port the component binds; Kafka also binds its KRaft controller port. */
    public List<Integer> ports() {
        return kind == ComponentKind.KAFKA ? List.of(port, Components.KAFKA_CONTROLLER_PORT) : List.of(port);
    }

    /** The line the component prints once it serves requests, or null when readiness is checked over HTTP. */
    public String readyLine() {
        return switch (kind) {
            case MONGODB -> "MongoDB ready on";
            case KAFKA -> "Kafka ready on";
            default -> null;
        };
    }
}

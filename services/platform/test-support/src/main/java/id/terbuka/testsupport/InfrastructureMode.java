package id.terbuka.testsupport;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Where the test servers come from, chosen by the system property {@value #PROPERTY}.
 */
public enum InfrastructureMode {

    /** Testcontainers when a Docker engine is reachable, embedded otherwise (the default). */
    AUTO,
    /** In-process servers: a KRaft Kafka broker and an in-memory MongoDB-protocol server. */
    EMBEDDED,
    /** Testcontainers ({@code mongo:8.0}, {@code apache/kafka-native:4.1.2}); fails without Docker. */
    CONTAINERS;

    public static final String PROPERTY = "terbuka.test.infrastructure";

    /** Parses a property value; blank means {@link #AUTO}, case does not matter. */
    public static InfrastructureMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + value + " is not one of "
                    + Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toList(), e);
        }
    }

    /**
     * The mode actually used: {@link #EMBEDDED} or {@link #CONTAINERS}, never {@link #AUTO}. Docker is
     * asked about only when it matters.
     *
     * @throws IllegalStateException when containers are demanded and no Docker engine is reachable — such a
     *     run must fail, not silently test against something else or skip
     */
    public InfrastructureMode resolve(BooleanSupplier dockerAvailable) {
        return switch (this) {
            case EMBEDDED -> EMBEDDED;
            case AUTO -> dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
            case CONTAINERS -> {
                if (!dockerAvailable.getAsBoolean()) {
                    throw new IllegalStateException("-D" + PROPERTY + "=containers, but no Docker engine is "
                            + "reachable. Start Docker (or set DOCKER_HOST), or run with -D" + PROPERTY
                            + "=embedded or auto.");
                }
                yield CONTAINERS;
            }
        };
    }
}

package id.terbuka.launcher;

/** What a component is; decides how it is started, probed and ordered. */
public enum ComponentKind {
    MONGODB,
    KAFKA,
    DISCOVERY,
    SERVICE,
    GATEWAY;

    /** Spring Boot applications: heavy to start, health checked over HTTP, limited by --parallel. */
    public boolean isSpringBoot() {
        return this == DISCOVERY || this == SERVICE || this == GATEWAY;
    }

    public boolean isInfrastructure() {
        return this == MONGODB || this == KAFKA;
    }
}

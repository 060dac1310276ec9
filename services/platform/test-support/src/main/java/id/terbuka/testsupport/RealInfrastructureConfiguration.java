package id.terbuka.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Registers the shared servers' addresses as dynamic properties. Imported by {@link RealInfrastructure};
 * can also be imported directly. The suppliers run when a property is first read, so a context that
 * never reads the Kafka properties never starts a broker.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RealInfrastructureConfiguration {

    /** Property naming the test database; {@value #DEFAULT_DATABASE} when not set. */
    public static final String DATABASE_PROPERTY = "terbuka.test.database";
    public static final String DEFAULT_DATABASE = "terbuka_test";

    @Bean
    static DynamicPropertyRegistrar terbukaRealInfrastructureProperties(Environment environment) {
        return registry -> {
            registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
            // Boot 4 name (spring.data.mongodb.uri before 4.0). The database is also set on its own because
            // spring.mongodb.database, if a service sets it, wins over the URI's path.
            registry.add("spring.mongodb.uri",
                    () -> TestInfrastructure.mongoConnectionString() + "/" + database(environment));
            registry.add("spring.mongodb.database", () -> database(environment));
        };
    }

    static String database(Environment environment) {
        return environment.getProperty(DATABASE_PROPERTY, DEFAULT_DATABASE);
    }
}

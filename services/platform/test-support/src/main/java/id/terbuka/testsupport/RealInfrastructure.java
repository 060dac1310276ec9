package id.terbuka.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Points a Spring Boot test at the JVM's shared real Kafka broker and MongoDB-protocol server
 * ({@link TestInfrastructure}):
 *
 * <pre>{@code
 * @SpringBootTest
 * @RealInfrastructure
 * class OutboxRelayIT { ... }
 * }</pre>
 *
 * It sets {@code spring.kafka.bootstrap-servers}, {@code spring.mongodb.uri} and {@code spring.mongodb.database}
 * (database from the property {@code terbuka.test.database}, default {@code terbuka_test}). Each server starts
 * only when its property is first read. Every class annotated like this imports the same configuration, so
 * Spring's test context cache shares one application context among them (as long as they do not differ
 * otherwise). It also turns the embedded broker's and MongoDB server's own logging down to WARN; Kafka
 * client logging is left alone.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(RealInfrastructureConfiguration.class)
@TestPropertySource(properties = {
        "logging.level.kafka=WARN",
        "logging.level.state.change.logger=WARN",
        "logging.level.org.apache.kafka.server=WARN",
        "logging.level.org.apache.kafka.controller=WARN",
        "logging.level.org.apache.kafka.raft=WARN",
        "logging.level.org.apache.kafka.metadata=WARN",
        "logging.level.org.apache.kafka.image=WARN",
        "logging.level.org.apache.kafka.storage=WARN",
        "logging.level.org.apache.kafka.snapshot=WARN",
        "logging.level.org.apache.kafka.coordinator=WARN",
        "logging.level.org.apache.kafka.queue=WARN",
        "logging.level.de.bwaldvogel=WARN"})
public @interface RealInfrastructure {
}

package id.terbuka.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/** A minimal Boot application: only auto-configuration (Kafka, MongoDB client) on the test classpath. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApplication {
}

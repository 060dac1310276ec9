package id.terbuka.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** A test class may choose its database, even next to a service's own spring.mongodb.database. */
@SpringBootTest(classes = TestApplication.class, properties = "spring.mongodb.database=service_default")
@RealInfrastructure
@TestPropertySource(properties = "terbuka.test.database=pengaduan_test")
class RealInfrastructureDatabasePropertyIT {

    @Autowired
    MongoConnectionDetails mongoConnectionDetails;

    @Autowired
    Environment environment;

    @Test
    void usesTheDatabaseNamedByTheTestDatabaseProperty() {
        assertThat(mongoConnectionDetails.getConnectionString().getDatabase()).isEqualTo("pengaduan_test");
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo("pengaduan_test");
    }

    @Test
    void keepsTheAnnotationsLoggingLevelsNextToTheTestsOwnPropertySource() {
        assertThat(environment.getProperty("logging.level.kafka")).isEqualTo("WARN");
    }
}

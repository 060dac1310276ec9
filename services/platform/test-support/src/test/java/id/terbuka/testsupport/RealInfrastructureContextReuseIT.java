package id.terbuka.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** A second test class with the same setup: Spring must reuse the cached context, not build another. */
@SpringBootTest(classes = TestApplication.class)
@RealInfrastructure
class RealInfrastructureContextReuseIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Test
    void reusesTheCachedApplicationContext() {
        SeenContexts.assertReused(context);
    }

    @Test
    void turnsTheEmbeddedServersLoggingDownButNotTheClients() {
        assertThat(environment.getProperty("logging.level.kafka")).isEqualTo("WARN");
        assertThat(environment.getProperty("logging.level.org.apache.kafka.clients")).isNull();
    }
}

package id.terbuka.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.context.ApplicationContext;

/** Application contexts seen by the @RealInfrastructure test classes of this JVM. */
final class SeenContexts {

    private static final Set<ApplicationContext> CONTEXTS = Collections.newSetFromMap(new IdentityHashMap<>());

    private SeenContexts() {
    }

    /** Whichever class runs second fails here if Spring had to build a second context. */
    static synchronized void assertReused(ApplicationContext context) {
        CONTEXTS.add(context);
        assertThat(CONTEXTS).as("application contexts built for @RealInfrastructure tests").hasSize(1);
    }
}

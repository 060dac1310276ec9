package id.terbuka.platform.directory;

import id.terbuka.events.contracts.identity.UnitClosed;
import id.terbuka.events.contracts.identity.UnitCreated;
import id.terbuka.events.contracts.identity.UnitRenamed;
import id.terbuka.platform.events.config.EventsAutoConfiguration;
import id.terbuka.platform.events.consume.EventSubscription;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service a local unit (OPD) directory fed by identity events. identity-service, which owns units, turns it
 * off with {@code terbuka.directory.units=owner}. Ordered before the events configuration so that its subscriptions
 * exist when the listener container is set up.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = EventsAutoConfiguration.class)
@ConditionalOnProperty(name = "terbuka.directory.units", havingValue = "local", matchIfMissing = true)
public class UnitDirectoryAutoConfiguration {

    @Bean
    LocalUnitDirectory localUnitDirectory(MongoTemplate mongo) {
        return new LocalUnitDirectory(mongo);
    }

    @Bean
    EventSubscription<UnitCreated> unitCreatedToDirectory(LocalUnitDirectory directory) {
        return EventSubscription.on(UnitCreated.TYPE, event -> directory.apply(event.payload()));
    }

    @Bean
    EventSubscription<UnitRenamed> unitRenamedToDirectory(LocalUnitDirectory directory) {
        return EventSubscription.on(UnitRenamed.TYPE, event -> directory.apply(event.payload()));
    }

    @Bean
    EventSubscription<UnitClosed> unitClosedToDirectory(LocalUnitDirectory directory) {
        return EventSubscription.on(UnitClosed.TYPE, event -> directory.apply(event.payload()));
    }
}

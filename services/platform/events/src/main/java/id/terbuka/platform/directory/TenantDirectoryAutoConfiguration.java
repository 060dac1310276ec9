package id.terbuka.platform.directory;

import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.events.contracts.identity.TenantUpdated;
import id.terbuka.platform.events.config.EventsAutoConfiguration;
import id.terbuka.platform.events.consume.EventSubscription;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Gives a service a local tenant directory and each tenant's working-day calendar, fed by identity events.
 * identity-service, which owns tenants, turns it off with {@code terbuka.directory.tenants=owner}.
 */
@AutoConfiguration(after = DataMongoAutoConfiguration.class, before = EventsAutoConfiguration.class)
@ConditionalOnProperty(name = "terbuka.directory.tenants", havingValue = "local", matchIfMissing = true)
public class TenantDirectoryAutoConfiguration {

    @Bean
    LocalTenantDirectory localTenantDirectory(MongoTemplate mongo) {
        return new LocalTenantDirectory(mongo);
    }

    @Bean
    EventSubscription<TenantRegistered> tenantRegisteredToDirectory(LocalTenantDirectory directory) {
        return EventSubscription.on(TenantRegistered.TYPE, event -> directory.apply(event.payload()));
    }

    @Bean
    EventSubscription<TenantUpdated> tenantUpdatedToDirectory(LocalTenantDirectory directory) {
        return EventSubscription.on(TenantUpdated.TYPE, event -> directory.apply(event.payload()));
    }

    /** Each tenant's working-day calendar (zone, working week, local holidays, cuti bersama rule). */
    @Bean
    TenantCalendars tenantCalendars(MongoTemplate mongo, LocalTenantDirectory directory) {
        return new TenantCalendars(mongo, directory);
    }

    @Bean
    EventSubscription<TenantRegistered> tenantRegisteredToCalendars(TenantCalendars calendars) {
        return EventSubscription.on(TenantRegistered.TYPE, event -> {
            TenantRegistered t = event.payload();
            calendars.apply(new TenantCalendarSettings(t.slug(), t.timeZone(), t.workingDays(), t.localHolidays(),
                    t.cutiBersamaIsWorkingDay(), 0));
        });
    }

    @Bean
    EventSubscription<TenantUpdated> tenantUpdatedToCalendars(TenantCalendars calendars) {
        return EventSubscription.on(TenantUpdated.TYPE, event -> {
            TenantUpdated t = event.payload();
            calendars.apply(new TenantCalendarSettings(t.slug(), t.timeZone(), t.workingDays(), t.localHolidays(),
                    t.cutiBersamaIsWorkingDay(), t.revision()));
        });
    }
}

package id.terbuka.complaint.calendar;

import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.events.contracts.identity.TenantUpdated;
import id.terbuka.platform.events.consume.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps {@link TenantCalendars} current from identity.events (idempotent: upsert guarded by revision). */
@Configuration(proxyBeanMethods = false)
class TenantCalendarSubscriptions {

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

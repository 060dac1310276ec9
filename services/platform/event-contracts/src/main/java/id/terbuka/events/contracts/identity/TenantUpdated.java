package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.util.List;

/** A tenant's descriptive data changed; the event carries the complete new state, not a diff. */
public record TenantUpdated(
        String tenantId,
        String slug,
        String name,
        String regionCode,
        String province,
        String timeZone,
        List<String> workingDays,
        List<LocalHolidayDay> localHolidays,
        Boolean cutiBersamaIsWorkingDay,
        long revision) {

    public static final EventType<TenantUpdated> TYPE =
            new EventType<>("id.terbuka.identity.tenant-updated.v1", Topics.IDENTITY, TenantUpdated.class);
}

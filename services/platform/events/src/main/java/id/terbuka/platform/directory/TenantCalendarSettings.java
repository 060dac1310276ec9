package id.terbuka.platform.directory;

import id.terbuka.events.contracts.identity.LocalHolidayDay;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/**
 * This service's copy of a tenant's calendar settings, from identity events (the platform's tenant directory keeps
 * only the time zone). Null fields mean the platform default; {@code revision} lets a late, older event be ignored.
 */
@Document("tenant_calendars")
record TenantCalendarSettings(@Id String slug, String timeZone, List<String> workingDays,
                              List<LocalHolidayDay> localHolidays, Boolean cutiBersamaIsWorkingDay, long revision) {
}

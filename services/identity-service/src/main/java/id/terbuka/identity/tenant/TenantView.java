package id.terbuka.identity.tenant;

import id.terbuka.events.contracts.identity.LocalHolidayDay;

import java.util.List;

/** The public shape of a tenant (API.md), with its working-day calendar settings. */
public record TenantView(String slug, String name, String regionCode, String province, String timeZone,
                         List<String> workingDays, List<LocalHolidayDay> localHolidays,
                         boolean cutiBersamaIsWorkingDay) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.slug(), tenant.name(), tenant.regionCode(), tenant.province(), tenant.timeZone(),
                tenant.workingDays(), tenant.localHolidays(), tenant.cutiBersamaIsWorkingDay());
    }
}

package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.util.List;

/**
 * A regency, city or province was registered as a tenant of the platform. The calendar fields (working days as
 * {@code MONDAY}..{@code SUNDAY}, tenant-local holidays, whether cuti bersama count as working days) are optional:
 * absent means the platform default (Monday–Friday, no local holidays, cuti bersama not working days).
 */
public record TenantRegistered(
        String tenantId,
        String slug,
        String name,
        String regionCode,
        String province,
        String timeZone,
        List<String> workingDays,
        List<LocalHolidayDay> localHolidays,
        Boolean cutiBersamaIsWorkingDay) {

    public static final EventType<TenantRegistered> TYPE =
            new EventType<>("id.terbuka.identity.tenant-registered.v1", Topics.IDENTITY, TenantRegistered.class);
}

package id.terbuka.identity.tenant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A tenant as a province admin registers it (API.md: {@code {slug, name, regionCode, province, timeZone}}).
 * The region code is the Kemendagri code: two digits for a province, {@code 64.08} for a regency or city.
 * The calendar fields are optional: on registration absent means the platform default (Monday–Friday, no local
 * holidays, cuti bersama are days off); on update absent means unchanged.
 *
 * @param workingDays             {@code MONDAY}..{@code SUNDAY}
 * @param localHolidays           the tenant's own days off (e.g. its anniversary), at most one per date
 * @param cutiBersamaIsWorkingDay whether cuti bersama days count as working days
 */
public record TenantDetails(
        @NotBlank @Size(min = 2, max = 63)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{tenant.slug.format}")
        String slug,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "\\d{2}(\\.\\d{2})?", message = "{tenant.regionCode.format}") String regionCode,
        @NotBlank @Size(max = 80) String province,
        @NotBlank String timeZone,
        @Size(max = 7) List<@NotNull String> workingDays,
        @Size(max = 100) List<@Valid @NotNull Holiday> localHolidays,
        Boolean cutiBersamaIsWorkingDay) {

    public TenantDetails(String slug, String name, String regionCode, String province, String timeZone) {
        this(slug, name, regionCode, province, timeZone, null, null, null);
    }

    /** A tenant-local holiday. */
    public record Holiday(@NotNull LocalDate date, @NotBlank @Size(max = 120) String name) {
    }
}

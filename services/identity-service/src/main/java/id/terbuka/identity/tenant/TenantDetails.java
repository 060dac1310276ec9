package id.terbuka.identity.tenant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant as a province admin registers it (API.md: {@code {slug, name, regionCode, province, timeZone}}).
 * The region code is the Kemendagri code: two digits for a province, {@code 64.08} for a regency or city.
 */
public record TenantDetails(
        @NotBlank @Size(min = 2, max = 63)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{tenant.slug.format}")
        String slug,
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Pattern(regexp = "\\d{2}(\\.\\d{2})?", message = "{tenant.regionCode.format}") String regionCode,
        @NotBlank @Size(max = 80) String province,
        @NotBlank String timeZone) {
}

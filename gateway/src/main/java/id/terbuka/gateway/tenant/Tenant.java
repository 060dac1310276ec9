package id.terbuka.gateway.tenant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A tenant (regency, city or the province) as identity-service lists it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tenant(String slug, String name, String regionCode, String province, String timeZone) {
}

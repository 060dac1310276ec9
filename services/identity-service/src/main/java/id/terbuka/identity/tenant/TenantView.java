package id.terbuka.identity.tenant;

/** The public shape of a tenant (API.md). */
public record TenantView(String slug, String name, String regionCode, String province, String timeZone) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.slug(), tenant.name(), tenant.regionCode(), tenant.province(), tenant.timeZone());
    }
}

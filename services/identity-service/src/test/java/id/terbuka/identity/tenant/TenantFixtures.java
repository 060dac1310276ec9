package id.terbuka.identity.tenant;

import java.time.Instant;

/** Ready-made tenants for web-slice tests of other packages. */
public final class TenantFixtures {

    private TenantFixtures() {
    }

    public static Tenant tenant(String slug) {
        return Tenant.register(new TenantDetails(slug, "Kabupaten " + slug, "64.08", "Kalimantan Timur",
                "Asia/Makassar"), TenantCalendar.defaults(), Instant.parse("2026-03-02T01:00:00Z"));
    }
}

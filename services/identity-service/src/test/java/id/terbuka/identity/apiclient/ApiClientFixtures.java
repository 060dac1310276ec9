package id.terbuka.identity.apiclient;

import java.time.Instant;
import java.util.List;

/** Ready-made API clients for web-slice tests of other packages. */
public final class ApiClientFixtures {

    private ApiClientFixtures() {
    }

    public static ApiClient client(String tenant) {
        return ApiClient.register(tenant + ".app", tenant, "Aplikasi", "dev@example.id", List.of("catalogue:read"),
                "BASIC", "{argon2}hash", Instant.parse("2026-03-02T01:00:00Z"));
    }
}

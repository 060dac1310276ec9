package id.terbuka.identity.apiclient;

import java.util.List;

/** What a third-party app may be allowed to do, and how much. */
public final class ApiScopes {

    public static final List<String> ALL = List.of("catalogue:read", "requests:read", "requests:write",
            "complaints:read", "complaints:write", "news:read");

    public static final List<String> RATE_LIMIT_TIERS = List.of("BASIC", "STANDARD", "PREMIUM");

    private ApiScopes() {
    }
}

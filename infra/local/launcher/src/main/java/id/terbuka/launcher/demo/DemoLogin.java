package id.terbuka.launcher.demo;

import id.terbuka.launcher.Json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Logs the demo province admin in through the public API ({@code POST /api/v1/auth/token}). identity-service
 * creates that account itself in its {@code demo} profile, with the password {@code TERBUKA_DEMO_PASSWORD}
 * (default {@value #DEFAULT_PASSWORD}); every other demo account is created through the API with this token.
 */
public final class DemoLogin implements TokenProvider {

    public static final String PROVINCE_ADMIN = "province-admin@kaltim";
    public static final String DEFAULT_PASSWORD = "Terbuka-Demo-2026";
    static final String PATH = "/api/v1/auth/token";

    private final String username;
    private final String password;

    public DemoLogin(String username, String password) {
        this.username = username;
        this.password = password;
    }

    /** The province admin with the password from {@code TERBUKA_DEMO_PASSWORD}. */
    public static DemoLogin provinceAdmin() {
        return new DemoLogin(PROVINCE_ADMIN, demoPassword());
    }

    /** The password of every demo account. */
    public static String demoPassword() {
        String configured = System.getenv("TERBUKA_DEMO_PASSWORD");
        return configured == null || configured.isBlank() ? DEFAULT_PASSWORD : configured;
    }

    @Override
    public Optional<String> obtainToken(PublicApi anonymousApi) throws DemoException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        ApiResponse response = anonymousApi.postJson(PATH, Json.write(body));
        if (response.status() != 200) {
            throw new DemoException("login of " + username + " at " + PATH + " answered " + response.summary());
        }
        Object token;
        try {
            token = Json.at(Json.parse(response.body()), "accessToken");
        } catch (IllegalArgumentException e) {
            throw new DemoException(PATH + " did not answer JSON: " + e.getMessage());
        }
        if (!(token instanceof String value) || value.isBlank()) {
            throw new DemoException(PATH + " answered no accessToken: " + response.summary());
        }
        return Optional.of(value);
    }
}

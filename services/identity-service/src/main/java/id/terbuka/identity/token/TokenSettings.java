package id.terbuka.identity.token;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code terbuka.identity.tokens.*}.
 *
 * @param accessTokenTtl   lifetime of access tokens (short: role changes and deactivation take effect with the
 *                         next token)
 * @param refreshTokenTtl  lifetime of a first-party refresh token (each use replaces it)
 * @param keyRotation      how long a signing key signs before a new one takes over
 * @param keyCheckInterval how often each replica reloads the keys and rotates when due
 * @param clients          first-party OAuth2 clients (portals, apps) using authorization code + PKCE
 */
@ConfigurationProperties("terbuka.identity.tokens")
public record TokenSettings(Duration accessTokenTtl, Duration refreshTokenTtl, Duration keyRotation,
                            Duration keyCheckInterval, List<PublicClient> clients) {

    public TokenSettings {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(14) : refreshTokenTtl;
        keyRotation = keyRotation == null ? Duration.ofDays(30) : keyRotation;
        keyCheckInterval = keyCheckInterval == null ? Duration.ofMinutes(1) : keyCheckInterval;
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /** How long a retired key keeps verifying: every token it signed has expired by then. */
    public Duration keyGracePeriod() {
        return accessTokenTtl.plus(Duration.ofMinutes(5));
    }

    /**
     * A public client (no secret; PKCE required).
     *
     * @param clientId     e.g. {@code terbuka-portal}
     * @param redirectUris where the authorization code may be sent
     */
    public record PublicClient(String clientId, List<String> redirectUris) {
    }
}

package id.terbuka.identity.token;

import id.terbuka.identity.account.UserAccount;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.security.SecuritySettings;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Signs first-party access tokens: RS256 with the current key, issuer {@code terbuka.security.issuer}, claims
 * {@code sub} (user id), {@code tenant}, {@code roles}, {@code unit} (unit-bound roles only) and
 * {@code preferred_username}. Roles and unit are read from the account now, so changes apply to the next token.
 */
@Component
public class TokenIssuer {

    private final JwtEncoder encoder;
    private final SecuritySettings security;
    private final TokenSettings settings;
    private final Clock clock;

    TokenIssuer(JwtEncoder encoder, SecuritySettings security, TokenSettings settings, Clock clock) {
        this.encoder = encoder;
        this.security = security;
        this.settings = settings;
        this.clock = clock;
    }

    public String accessToken(UserAccount user) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(security.issuer())
                .subject(user.id())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(settings.accessTokenTtl()))
                .id(UUID.randomUUID().toString());
        userClaims(user, claims);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                claims.build())).getTokenValue();
    }

    public long expiresInSeconds() {
        return settings.accessTokenTtl().toSeconds();
    }

    /** The Terbuka claims of a person, shared with tokens of the authorization-code flow. */
    static void userClaims(UserAccount user, JwtClaimsSet.Builder claims) {
        claims.claim(Access.TENANT_CLAIM, user.tenant())
                .claim(Access.ROLES_CLAIM, user.roleNames())
                .claim("preferred_username", user.username());
        if (user.unitId() != null && user.roles().stream().anyMatch(Role::unitBound)) {
            claims.claim(Access.UNIT_CLAIM, user.unitId());
        }
    }
}

package id.terbuka.identity.token;

import id.terbuka.identity.account.UserAccount;
import id.terbuka.identity.account.UserRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the platform's claims to tokens of the standard OAuth2 endpoints: an app's token (client credentials) gets
 * {@code tenant}, {@code client_id} and {@code rate_tier} (the gateway's limit for the app) next to its
 * {@code scope}; a person's token (authorization code, refresh)
 * gets {@code tenant}, {@code roles} and {@code unit} as they are now, and is refused once the account is
 * deactivated.
 */
@Component
class TerbukaClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final UserRepository users;

    TerbukaClaims(UserRepository users) {
        this.users = users;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        context.getClaims().claim("client_id", clientId);
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            ClientSettings settings = context.getRegisteredClient().getClientSettings();
            context.getClaims().claim("tenant", (String) settings.getSetting(ClientDirectory.TENANT_SETTING));
            String tier = settings.getSetting(ClientDirectory.RATE_TIER_SETTING);
            if (tier != null) {
                context.getClaims().claim("rate_tier", tier);
            }
            return;
        }
        UserAccount user = users.findById(context.getPrincipal().getName()).filter(UserAccount::maySignIn)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "the account can no longer sign in", null)));
        TokenIssuer.userClaims(user, context.getClaims());
    }
}

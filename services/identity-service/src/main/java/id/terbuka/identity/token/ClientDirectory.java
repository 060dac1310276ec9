package id.terbuka.identity.token;

import id.terbuka.identity.apiclient.ApiClient;
import id.terbuka.identity.apiclient.ApiClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OAuth2 clients the authorization server knows: the first-party public clients from configuration
 * (authorization code with PKCE) and the tenants' third-party apps from MongoDB (client credentials; a revoked app
 * is unknown, so it gets no token). The registered-client id is the client id.
 */
@Component
class ClientDirectory implements RegisteredClientRepository {

    static final String TENANT_SETTING = "terbuka.tenant";
    static final String RATE_TIER_SETTING = "terbuka.rate-tier";

    private final ApiClientRepository apiClients;
    private final id.terbuka.identity.token.TokenSettings settings;
    private final Map<String, RegisteredClient> publicClients;

    ClientDirectory(ApiClientRepository apiClients, id.terbuka.identity.token.TokenSettings settings) {
        this.apiClients = apiClients;
        this.settings = settings;
        this.publicClients = settings.clients().stream().map(this::publicClient)
                .collect(Collectors.toUnmodifiableMap(RegisteredClient::getClientId, Function.identity()));
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        // Clients are registered through the API-client endpoints or configuration, never by the server itself.
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        RegisteredClient configured = publicClients.get(clientId);
        if (configured != null) {
            return configured;
        }
        return apiClients.findById(clientId).filter(client -> !client.revoked()).map(this::thirdParty).orElse(null);
    }

    private RegisteredClient thirdParty(ApiClient client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientSecret(client.secretHash())
                .clientIdIssuedAt(client.registeredAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .clientSettings(ClientSettings.builder().setting(TENANT_SETTING, client.tenant())
                        .setting(RATE_TIER_SETTING, client.rateLimitTier()).build())
                .tokenSettings(tokenSettings())
                .build();
    }

    private RegisteredClient publicClient(id.terbuka.identity.token.TokenSettings.PublicClient client) {
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(client.redirectUris()))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings())
                .build();
    }

    private TokenSettings tokenSettings() {
        return TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(settings.accessTokenTtl())
                .refreshTokenTimeToLive(settings.refreshTokenTtl())
                .reuseRefreshTokens(false)
                .build();
    }
}

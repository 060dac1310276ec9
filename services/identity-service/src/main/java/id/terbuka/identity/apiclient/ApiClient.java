package id.terbuka.identity.apiclient;

import id.terbuka.events.contracts.identity.ApiClientRegistered;
import id.terbuka.events.contracts.identity.ApiClientRevoked;
import id.terbuka.platform.events.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A third-party app of one tenant, signing in with OAuth2 client credentials. Only a hash of its secret is kept;
 * the secret is shown once, when registered or rotated. A revoked client gets no new tokens.
 */
@Document("api_clients")
public class ApiClient extends AggregateRoot {

    @Id
    private final String clientId;
    @Indexed
    private final String tenant;
    private final String name;
    private final String ownerContact;
    private final List<String> scopes;
    private final String rateLimitTier;
    private String secretHash;
    private boolean revoked;
    private final Instant registeredAt;
    private Instant secretRotatedAt;
    private Instant revokedAt;

    @PersistenceCreator
    ApiClient(String clientId, String tenant, String name, String ownerContact, List<String> scopes,
              String rateLimitTier, String secretHash, boolean revoked, Instant registeredAt, Instant secretRotatedAt,
              Instant revokedAt) {
        this.clientId = clientId;
        this.tenant = tenant;
        this.name = name;
        this.ownerContact = ownerContact;
        this.scopes = List.copyOf(scopes);
        this.rateLimitTier = rateLimitTier;
        this.secretHash = secretHash;
        this.revoked = revoked;
        this.registeredAt = registeredAt;
        this.secretRotatedAt = secretRotatedAt;
        this.revokedAt = revokedAt;
    }

    static ApiClient register(String clientId, String tenant, String name, String ownerContact, List<String> scopes,
                              String rateLimitTier, String secretHash, Instant now) {
        ApiClient client = new ApiClient(clientId, tenant, name, ownerContact, scopes, rateLimitTier, secretHash,
                false, now, now, null);
        client.recordEvent(ApiClientRegistered.TYPE, tenant,
                new ApiClientRegistered(clientId, tenant, name, client.scopes, rateLimitTier), now);
        return client;
    }

    void rotateSecret(String newHash, Instant now) {
        secretHash = newHash;
        secretRotatedAt = now;
    }

    boolean revoke(Instant now) {
        if (revoked) {
            return false;
        }
        revoked = true;
        revokedAt = now;
        recordEvent(ApiClientRevoked.TYPE, tenant, new ApiClientRevoked(clientId, tenant), now);
        return true;
    }

    @Override
    protected String aggregateId() {
        return clientId;
    }

    public String clientId() {
        return clientId;
    }

    public String tenant() {
        return tenant;
    }

    public String name() {
        return name;
    }

    public String ownerContact() {
        return ownerContact;
    }

    public List<String> scopes() {
        return scopes;
    }

    public String rateLimitTier() {
        return rateLimitTier;
    }

    public String secretHash() {
        return secretHash;
    }

    public boolean revoked() {
        return revoked;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant secretRotatedAt() {
        return secretRotatedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}

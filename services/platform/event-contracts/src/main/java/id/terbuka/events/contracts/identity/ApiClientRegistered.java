package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.util.List;

/** A third-party app was registered for a tenant. */
public record ApiClientRegistered(
        String clientId,
        String tenant,
        String name,
        List<String> scopes,
        String rateLimitTier) {

    public static final EventType<ApiClientRegistered> TYPE =
            new EventType<>("id.terbuka.identity.api-client-registered.v1", Topics.IDENTITY, ApiClientRegistered.class);
}

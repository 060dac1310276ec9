package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

/** A third-party app's credentials were revoked. */
public record ApiClientRevoked(
        String clientId,
        String tenant) {

    public static final EventType<ApiClientRevoked> TYPE =
            new EventType<>("id.terbuka.identity.api-client-revoked.v1", Topics.IDENTITY, ApiClientRevoked.class);
}

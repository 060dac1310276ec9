package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.util.List;

/** A staff account or citizen account was created. Carries no contact data. */
public record UserCreated(
        String userId,
        String tenant,
        String username,
        String displayName,
        String kind,
        List<String> roles,
        String unitId) {

    public static final EventType<UserCreated> TYPE =
            new EventType<>("id.terbuka.identity.user-created.v1", Topics.IDENTITY, UserCreated.class);
}

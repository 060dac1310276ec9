package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

import java.util.List;

/** A user's roles or unit changed; effective from the user's next token. */
public record UserRolesChanged(
        String userId,
        String tenant,
        List<String> roles,
        String unitId,
        long revision) {

    public static final EventType<UserRolesChanged> TYPE =
            new EventType<>("id.terbuka.identity.user-roles-changed.v1", Topics.IDENTITY, UserRolesChanged.class);
}

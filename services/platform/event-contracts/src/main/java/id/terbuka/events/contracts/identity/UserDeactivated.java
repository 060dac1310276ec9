package id.terbuka.events.contracts.identity;

import id.terbuka.events.contracts.EventType;
import id.terbuka.events.contracts.Topics;

/** A user can no longer sign in; effective from the next token request. */
public record UserDeactivated(
        String userId,
        String tenant,
        long revision) {

    public static final EventType<UserDeactivated> TYPE =
            new EventType<>("id.terbuka.identity.user-deactivated.v1", Topics.IDENTITY, UserDeactivated.class);
}

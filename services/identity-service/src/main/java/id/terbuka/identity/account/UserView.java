package id.terbuka.identity.account;

import java.time.Instant;
import java.util.List;

/** A staff account as its admins see it (no password data, ever). */
public record UserView(String id, String tenant, String username, String displayName, String email, String kind,
                       List<String> roles, String unitId, boolean active, Instant createdAt) {

    public static UserView of(UserAccount user) {
        return new UserView(user.id(), user.tenant(), user.username(), user.displayName(), user.email(),
                user.kind().name(), user.roleNames(), user.unitId(), user.active(), user.createdAt());
    }
}

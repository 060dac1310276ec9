package id.terbuka.identity.token;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

/**
 * The person signed in on identity-service's own login page (authorization code flow). Its name is the user id,
 * so tokens of that flow carry the user id as {@code sub}, like first-party tokens.
 */
public record SignedInUser(String userId, String username) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return userId;
    }
}

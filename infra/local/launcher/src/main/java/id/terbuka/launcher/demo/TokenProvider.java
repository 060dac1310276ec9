package id.terbuka.launcher.demo;

import java.util.Optional;

/**
 * Where the demo loader gets a bearer token for calls that need one.
 *
 * <p>Hook: tenant registration is open today, so {@link #anonymous()} is used. Once identity-service has
 * logins, add an implementation that logs the demo province admin in through the gateway (password from
 * {@code TERBUKA_DEMO_PASSWORD}) and pass it to {@link DemoLoader}; every step then sends the token.
 */
@FunctionalInterface
public interface TokenProvider {

    /** Obtains a token; called once, before the first call, with a client that sends no token. */
    Optional<String> obtainToken(PublicApi anonymousApi) throws DemoException;

    static TokenProvider anonymous() {
        return api -> Optional.empty();
    }
}

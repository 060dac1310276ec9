package id.terbuka.gateway.edge;

import org.springframework.core.Ordered;

/**
 * Order of the gateway's own {@link org.springframework.web.server.WebFilter}s. They run before
 * route matching, so whatever they reject never reaches a service (nor counts against its circuit
 * breaker).
 *
 * <p>The Spring Security {@code SecurityWebFilterChain} (JWT validation against identity-service's JWKS)
 * runs at {@link #AUTHENTICATION} (Spring Security's default order), after the tenant is resolved;
 * per-app rate limits run at {@link #RATE_LIMIT}, once the token's claims are known.
 */
public final class EdgeOrder {

	/** Give every request an id first, so every later answer (even a rejection) carries it. */
	public static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE + 100;

	/** Answer CORS preflights before anything that could reject them. */
	public static final int CORS = Ordered.HIGHEST_PRECEDENCE + 200;

	/** Unknown tenant slugs are refused before routing. */
	public static final int TENANT = -300;

	/** JWT validation (Spring Security's {@code WebFilterChainProxy} default order). */
	public static final int AUTHENTICATION = -100;

	/** Per-app rate limits, after authentication. */
	public static final int RATE_LIMIT = -50;

	private EdgeOrder() {
	}

}

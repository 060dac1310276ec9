package id.terbuka.gateway.tenant;

import java.util.Map;
import java.util.Optional;

import org.springframework.web.server.ServerWebExchange;

/**
 * The tenant a request's path names, once the tenant check accepted it. Later edge checks (a JWT's
 * {@code tenant} claim, per-tenant rate limits or instance pools) read it from here.
 */
public final class ResolvedTenant {

	static final String ATTRIBUTE = ResolvedTenant.class.getName();

	private ResolvedTenant() {
	}

	public static Optional<Tenant> from(ServerWebExchange exchange) {
		return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
	}

	/** The same from exchange attributes handed on elsewhere (the load balancer's request data). */
	public static Optional<Tenant> from(Map<String, Object> attributes) {
		return attributes != null && attributes.get(ATTRIBUTE) instanceof Tenant tenant ? Optional.of(tenant)
				: Optional.empty();
	}

	static void set(ServerWebExchange exchange, Tenant tenant) {
		exchange.getAttributes().put(ATTRIBUTE, tenant);
	}

}

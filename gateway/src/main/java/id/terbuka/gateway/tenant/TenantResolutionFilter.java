package id.terbuka.gateway.tenant;

import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import id.terbuka.gateway.edge.EdgeOrder;
import id.terbuka.gateway.problem.ProblemType;
import id.terbuka.gateway.problem.ProblemWriter;

/**
 * Refuses a tenant-scoped path whose tenant slug is not registered (404 {@code tenant-not-found})
 * before it is routed, and records the tenant of accepted requests ({@link ResolvedTenant}).
 */
public class TenantResolutionFilter implements WebFilter, Ordered {

	private final TenantDirectory directory;

	private final ProblemWriter problems;

	private final Counter rejected;

	public TenantResolutionFilter(TenantDirectory directory, ProblemWriter problems, MeterRegistry meters) {
		this.directory = directory;
		this.problems = problems;
		// not tagged by slug: unknown slugs come from clients, unbounded
		this.rejected = Counter.builder("terbuka.gateway.tenants.rejected")
			.description("Requests refused because their path names an unknown tenant")
			.register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			return chain.filter(exchange);
		}
		Optional<String> slug = TenantPaths.slugOf(exchange.getRequest().getPath().value());
		if (slug.isEmpty()) {
			return chain.filter(exchange);
		}
		return directory.lookup(slug.get()).flatMap(lookup -> switch (lookup) {
			case TenantLookup.Known known -> {
				ResolvedTenant.set(exchange, known.tenant());
				yield chain.filter(exchange);
			}
			case TenantLookup.Unverified unverified -> chain.filter(exchange);
			case TenantLookup.Unknown unknown -> {
				rejected.increment();
				yield problems.write(exchange, ProblemType.TENANT_NOT_FOUND, Map.of("tenant", unknown.slug()),
						unknown.slug());
			}
		});
	}

	@Override
	public int getOrder() {
		return EdgeOrder.TENANT;
	}

}

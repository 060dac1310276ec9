package id.terbuka.gateway.ratelimit;

import java.time.Clock;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import id.terbuka.gateway.edge.EdgeOrder;
import id.terbuka.gateway.problem.ProblemType;
import id.terbuka.gateway.problem.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

/**
 * Holds third-party apps to the rate of their tier. Runs after the edge's token validation, so the claims are
 * ones identity-service signed: an app token (client credentials) carries {@code rate_tier}; people's tokens and
 * anonymous calls carry none and pass (the services limit abuse of their public forms themselves). Every limited
 * answer tells the app where it stands ({@code RateLimit-Limit}, {@code RateLimit-Remaining},
 * {@code RateLimit-Reset}); a refused call gets a 429 problem with {@code Retry-After}.
 */
@Component
public class ClientRateLimitFilter implements WebFilter, Ordered {

	static final String TIER_CLAIM = "rate_tier";

	private final RateLimitProperties properties;

	private final TokenBuckets buckets;

	private final ProblemWriter problems;

	private final MeterRegistry meters;

	public ClientRateLimitFilter(RateLimitProperties properties, ProblemWriter problems, MeterRegistry meters) {
		this.properties = properties;
		this.buckets = new TokenBuckets(Clock.systemUTC(), properties.maxTrackedClients());
		this.problems = problems;
		this.meters = meters;
	}

	@Override
	public int getOrder() {
		return EdgeOrder.RATE_LIMIT;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!properties.enabled()) {
			return chain.filter(exchange);
		}
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(authentication -> authentication.getPrincipal() instanceof Jwt jwt && jwt.hasClaim(TIER_CLAIM))
			.map(authentication -> (Jwt) authentication.getPrincipal())
			.flatMap(jwt -> limit(exchange, chain, jwt).then(Mono.just(true)))
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange).then(Mono.just(true))))
			.then();
	}

	private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, Jwt jwt) {
		String tier = properties.tierOf(jwt.getClaimAsString(TIER_CLAIM));
		String client = jwt.hasClaim("client_id") ? jwt.getClaimAsString("client_id") : jwt.getSubject();
		TokenBuckets.Decision decision = buckets.take(client, properties.perMinute(tier), properties.capacity(tier));
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("RateLimit-Limit", Integer.toString(decision.limit()));
		headers.set("RateLimit-Remaining", Integer.toString(decision.remaining()));
		headers.set("RateLimit-Reset", Long.toString(decision.resetSeconds()));
		if (decision.allowed()) {
			return chain.filter(exchange);
		}
		meters.counter("terbuka.gateway.rate_limited", "tier", tier, "client", client).increment();
		return problems.write(exchange,
				problems.problem(exchange, ProblemType.RATE_LIMITED, ProblemType.RATE_LIMITED.status(),
						Map.of("retryAfterSeconds", decision.retryAfterSeconds()), decision.limit(), tier),
				h -> h.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds())));
	}

}

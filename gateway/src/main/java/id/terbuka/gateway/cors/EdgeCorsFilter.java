package id.terbuka.gateway.cors;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import id.terbuka.gateway.edge.EdgeOrder;

/**
 * CORS for every path, as a web filter in front of everything else rather than the gateway's
 * route-level {@code globalcors}: that way the gateway's own answers (a 404 for an unknown tenant,
 * a 503 fallback) carry the CORS headers too, so a browser app can read them. Services should not
 * add CORS headers themselves; if one does, the {@code DedupeResponseHeader} default filter keeps
 * the gateway's.
 */
@Component
public class EdgeCorsFilter implements WebFilter, Ordered {

	private final WebFilter delegate;

	public EdgeCorsFilter(CorsProperties properties) {
		this.delegate = properties.enabled() ? corsWebFilter(properties) : (exchange, chain) -> chain.filter(exchange);
	}

	private static CorsWebFilter corsWebFilter(CorsProperties properties) {
		CorsConfiguration config = new CorsConfiguration();
		config.setAllowedOrigins(properties.allowedOrigins());
		config.setAllowedOriginPatterns(properties.allowedOriginPatterns());
		config.setAllowedMethods(properties.allowedMethods());
		config.setAllowedHeaders(properties.allowedHeaders());
		config.setExposedHeaders(properties.exposedHeaders());
		config.setAllowCredentials(properties.allowCredentials());
		config.setMaxAge(properties.maxAge());
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", config);
		return new CorsWebFilter(source);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return delegate.filter(exchange, chain);
	}

	@Override
	public int getOrder() {
		return EdgeOrder.CORS;
	}

}

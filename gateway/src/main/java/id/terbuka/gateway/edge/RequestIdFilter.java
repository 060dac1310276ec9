package id.terbuka.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Makes sure every request has an {@code X-Request-Id}: the client's own if it looks like an id,
 * otherwise a new UUID. The id goes to the service with the request and back to the client with
 * the response, whoever wrote the response (a service, a fallback or an error handler).
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

	public static final String HEADER = "X-Request-Id";

	public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

	// Ids end up in logs and headers: keep them short and free of anything that needs escaping.
	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

	static String acceptOrCreate(String candidate) {
		if (candidate != null && ACCEPTABLE.matcher(candidate).matches()) {
			return candidate;
		}
		return UUID.randomUUID().toString();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String requestId = acceptOrCreate(exchange.getRequest().getHeaders().getFirst(HEADER));
		exchange.getAttributes().put(ATTRIBUTE, requestId);
		OriginalRequest.remember(exchange);
		exchange.getResponse().beforeCommit(() -> {
			// set, not add: a service that echoes the header must not produce a second value
			exchange.getResponse().getHeaders().set(HEADER, requestId);
			return Mono.empty();
		});
		ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(HEADER, requestId)).build();
		return chain.filter(exchange.mutate().request(request).build());
	}

	@Override
	public int getOrder() {
		return EdgeOrder.REQUEST_ID;
	}

}

package id.terbuka.gateway.edge;

import org.springframework.web.server.ServerWebExchange;

/**
 * The path the client asked for. A circuit-breaker fallback is a forward to another path, yet its
 * problem's {@code instance} must name the client's path, so the first filter writes it down.
 */
public final class OriginalRequest {

	private static final String PATH = OriginalRequest.class.getName() + ".path";

	private OriginalRequest() {
	}

	static void remember(ServerWebExchange exchange) {
		exchange.getAttributes().putIfAbsent(PATH, exchange.getRequest().getPath().value());
	}

	public static String path(ServerWebExchange exchange) {
		String path = exchange.getAttribute(PATH);
		return path != null ? path : exchange.getRequest().getPath().value();
	}

}

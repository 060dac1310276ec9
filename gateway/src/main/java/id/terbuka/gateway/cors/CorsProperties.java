package id.terbuka.gateway.cors;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cross-origin access to the public API from browsers. Off unless origins are listed: then the
 * gateway adds no CORS headers and browsers refuse cross-origin reads.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://ppid.kutaitimurkab.go.id}
 * @param allowedOriginPatterns origin patterns, e.g. {@code https://*.terbuka.id}
 * @param allowedMethods methods a browser may use cross-origin
 * @param allowedHeaders request headers a browser may send cross-origin
 * @param exposedHeaders response headers a browser script may read
 * @param allowCredentials whether cookies/credentials may be sent (never with a wildcard origin)
 * @param maxAge how long a browser may cache a preflight answer
 */
@ConfigurationProperties("terbuka.gateway.cors")
public record CorsProperties(List<String> allowedOrigins, List<String> allowedOriginPatterns,
		@DefaultValue({ "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE" }) List<String> allowedMethods,
		@DefaultValue({ "Authorization", "Content-Type", "Accept", "Accept-Language", "X-Request-Id",
				"traceparent" }) List<String> allowedHeaders,
		@DefaultValue({ "X-Request-Id", "Location", "Retry-After", "Content-Disposition", "RateLimit-Limit",
				"RateLimit-Remaining", "RateLimit-Reset" }) List<String> exposedHeaders,
		@DefaultValue("false") boolean allowCredentials, @DefaultValue("1h") Duration maxAge) {

	public CorsProperties {
		allowedOrigins = nonBlank(allowedOrigins);
		allowedOriginPatterns = nonBlank(allowedOriginPatterns);
	}

	public boolean enabled() {
		return !allowedOrigins.isEmpty() || !allowedOriginPatterns.isEmpty();
	}

	private static List<String> nonBlank(List<String> values) {
		return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
	}

}

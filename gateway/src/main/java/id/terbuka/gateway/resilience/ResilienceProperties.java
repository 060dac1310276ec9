package id.terbuka.gateway.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;

/**
 * How the gateway protects itself and the client from a service that is missing, dead or slow.
 *
 * @param timeout time budget of one proxied request, retries included (resilience4j TimeLimiter)
 * @param serviceTimeouts per-service overrides of {@code timeout}, by service name
 * @param retryAfter value of the {@code Retry-After} header on a 503 "service unavailable"
 * @param circuitBreaker circuit breaker settings, one breaker per service
 * @param retry retry of idempotent reads (GET, HEAD) only
 */
@ConfigurationProperties("terbuka.gateway.resilience")
public record ResilienceProperties(@DefaultValue("10s") Duration timeout, Map<String, Duration> serviceTimeouts,
		@DefaultValue("3s") Duration retryAfter, @DefaultValue CircuitBreaker circuitBreaker,
		@DefaultValue Retry retry) {

	public ResilienceProperties {
		serviceTimeouts = serviceTimeouts == null ? Map.of() : Map.copyOf(serviceTimeouts);
	}

	public Duration timeoutFor(String service) {
		return serviceTimeouts.getOrDefault(service, timeout);
	}

	/**
	 * @param slidingWindowSize calls the failure rate is computed over
	 * @param minimumNumberOfCalls calls needed before the breaker may open
	 * @param failureRateThreshold failure percentage that opens the breaker
	 * @param waitDurationInOpenState how long an open breaker answers 503 at once before trying the
	 * service again; short, so a service that comes back is used again within seconds
	 * @param permittedCallsInHalfOpenState trial calls that decide whether to close again
	 */
	public record CircuitBreaker(@DefaultValue("10") int slidingWindowSize, @DefaultValue("5") int minimumNumberOfCalls,
			@DefaultValue("50") float failureRateThreshold, @DefaultValue("3s") Duration waitDurationInOpenState,
			@DefaultValue("2") int permittedCallsInHalfOpenState) {
	}

	/**
	 * @param retries retries after the first attempt
	 * @param firstBackoff wait before the first retry; doubles each time
	 * @param maxBackoff longest wait between two attempts
	 * @param statuses service answers that are retried (besides connection errors)
	 */
	public record Retry(@DefaultValue("2") int retries, @DefaultValue("50ms") Duration firstBackoff,
			@DefaultValue("500ms") Duration maxBackoff,
			@DefaultValue({ "BAD_GATEWAY", "SERVICE_UNAVAILABLE", "GATEWAY_TIMEOUT" }) List<HttpStatus> statuses) {
	}

}

package id.terbuka.gateway.resilience;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Route filter {@code IdempotentRetry}: retries GET and HEAD (never anything that may change
 * state) on a connection error or a 502/503/504 answer, a bounded number of times with
 * exponential backoff. Each retry goes through the load balancer again, so it can land on another
 * instance.
 *
 * <p>Why not the built-in {@code Retry} filter: it buffers the request body of every request on its
 * route in memory (so a retry could resend it), including document uploads that are never
 * retried. Reads have no body, so this filter needs no buffering.
 *
 * <p>Defaults come from {@code terbuka.gateway.resilience.retry.*}; a route may override
 * {@code retries}, {@code firstBackoff} and {@code maxBackoff}.
 */
@Component
public class IdempotentRetryGatewayFilterFactory
		extends AbstractGatewayFilterFactory<IdempotentRetryGatewayFilterFactory.Config> {

	static final Set<HttpMethod> RETRIED_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD);

	private final ResilienceProperties.Retry defaults;

	public IdempotentRetryGatewayFilterFactory(ResilienceProperties properties) {
		super(Config.class);
		this.defaults = properties.retry();
	}

	@Override
	public GatewayFilter apply(Config config) {
		int retries = config.retries != null ? config.retries : defaults.retries();
		Duration firstBackoff = config.firstBackoff != null ? config.firstBackoff : defaults.firstBackoff();
		Duration maxBackoff = config.maxBackoff != null ? config.maxBackoff : defaults.maxBackoff();
		List<HttpStatus> statuses = defaults.statuses();
		return (exchange, chain) -> {
			if (retries <= 0 || !RETRIED_METHODS.contains(exchange.getRequest().getMethod())) {
				return chain.filter(exchange);
			}
			// The body of the service's answer is written only after this filter completes, so a
			// retryable answer can still be dropped and the request sent again.
			return Mono.defer(() -> chain.filter(exchange))
				.then(Mono.defer(() -> retryableAnswer(exchange, statuses)))
				.retryWhen(Retry.backoff(retries, firstBackoff)
					.maxBackoff(maxBackoff)
					.jitter(0.25)
					.filter(IdempotentRetryGatewayFilterFactory::isRetryable)
					.doBeforeRetry(signal -> ServerWebExchangeUtils.reset(exchange))
					.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
				// the last attempt's answer stands, whatever its status
				.onErrorResume(RetryableAnswer.class, answer -> Mono.empty());
		};
	}

	private static Mono<Void> retryableAnswer(ServerWebExchange exchange, List<HttpStatus> statuses) {
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		if (status != null && !exchange.getResponse().isCommitted()
				&& statuses.stream().anyMatch(s -> s.value() == status.value())) {
			return Mono.error(new RetryableAnswer(status));
		}
		return Mono.empty();
	}

	static boolean isRetryable(Throwable error) {
		for (Throwable t = error; t != null; t = t.getCause()) {
			if (t instanceof RetryableAnswer || t instanceof IOException || t instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

	/** Per-route overrides; unset fields take the defaults. */
	public static class Config {

		private Integer retries;

		private Duration firstBackoff;

		private Duration maxBackoff;

		public Integer getRetries() {
			return retries;
		}

		public void setRetries(Integer retries) {
			this.retries = retries;
		}

		public Duration getFirstBackoff() {
			return firstBackoff;
		}

		public void setFirstBackoff(Duration firstBackoff) {
			this.firstBackoff = firstBackoff;
		}

		public Duration getMaxBackoff() {
			return maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

	}

	/** A service answer worth another try; never leaves this filter. */
	static final class RetryableAnswer extends RuntimeException {

		RetryableAnswer(HttpStatusCode status) {
			super("retryable answer " + status.value(), null, false, false);
		}

	}

}

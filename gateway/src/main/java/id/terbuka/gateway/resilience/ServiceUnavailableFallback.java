package id.terbuka.gateway.resilience;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import id.terbuka.gateway.edge.OriginalRequest;
import id.terbuka.gateway.problem.ProblemType;
import id.terbuka.gateway.problem.ProblemWriter;

/**
 * Where a route's circuit breaker forwards when its service cannot answer: no registered
 * instance, instance dead (connection refused), timed out, or breaker open. The client gets the
 * same 503 problem naming the service in every case; the reason goes to the log and the
 * {@code terbuka.gateway.fallbacks} counter.
 */
@Hidden
@RestController
public class ServiceUnavailableFallback {

	public static final String PATH = "/internal/fallback/";

	private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableFallback.class);

	private final ProblemWriter problems;

	private final ResilienceProperties properties;

	private final MeterRegistry meters;

	public ServiceUnavailableFallback(ProblemWriter problems, ResilienceProperties properties, MeterRegistry meters) {
		this.problems = problems;
		this.properties = properties;
		this.meters = meters;
	}

	@RequestMapping(PATH + "{service}")
	public Mono<Void> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (cause == null) {
			// only reachable as a forward from a circuit breaker, never from outside
			return problems.write(exchange, ProblemType.NOT_FOUND, Map.of(), OriginalRequest.path(exchange));
		}
		String reason = reason(cause);
		log.warn("{} unavailable ({}) for {} {}: {}", service, reason, exchange.getRequest().getMethod(),
				OriginalRequest.path(exchange), cause.toString());
		meters.counter("terbuka.gateway.fallbacks", "service", service, "reason", reason).increment();
		String retryAfter = Long.toString(Math.max(1, properties.retryAfter().toSeconds()));
		return problems.write(exchange,
				problems.problem(exchange, ProblemType.SERVICE_UNAVAILABLE, ProblemType.SERVICE_UNAVAILABLE.status(),
						Map.of("service", service), service),
				headers -> headers.set(HttpHeaders.RETRY_AFTER, retryAfter));
	}

	static String reason(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof CallNotPermittedException) {
				return "circuit-open";
			}
			if (t instanceof TimeoutException || t instanceof org.springframework.cloud.gateway.support.TimeoutException) {
				return "timeout";
			}
			if (t instanceof NotFoundException) {
				return "no-instance";
			}
			if (t instanceof ConnectException) {
				return "connection-refused";
			}
			if (t instanceof IOException) {
				return "connection-error";
			}
		}
		return "error";
	}

}

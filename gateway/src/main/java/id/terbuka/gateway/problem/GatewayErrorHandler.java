package id.terbuka.gateway.problem;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import id.terbuka.gateway.edge.OriginalRequest;

/**
 * Turns errors raised in the gateway itself (no route for the path, a method not allowed, a bug)
 * into problems, instead of Spring Boot's default JSON error body. Runs before Boot's handler
 * (order -1).
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final ProblemWriter problems;

	public GatewayErrorHandler(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(error);
		}
		HttpStatusCode status = error instanceof ResponseStatusException rse ? rse.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			log.error("{} {} failed in the gateway", exchange.getRequest().getMethod(), OriginalRequest.path(exchange),
					error);
		}
		ProblemType type = ProblemType.forStatus(status);
		// keep headers such as Allow (405) that the exception asks for
		HttpHeaders extraHeaders = error instanceof ResponseStatusException rse ? rse.getHeaders()
				: HttpHeaders.EMPTY;
		return problems.write(exchange,
				problems.problem(exchange, type, status, Map.of(), OriginalRequest.path(exchange)),
				headers -> headers.putAll(extraHeaders));
	}

}

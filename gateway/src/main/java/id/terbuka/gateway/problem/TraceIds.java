package id.terbuka.gateway.problem;

import java.util.Optional;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The trace id of the request being handled. Read from the server observation kept on the
 * exchange, because in reactive code the "current span" thread local is not reliably set.
 */
@Component
public class TraceIds {

	private final ObjectProvider<Tracer> tracer;

	public TraceIds(ObjectProvider<Tracer> tracer) {
		this.tracer = tracer;
	}

	public String current(ServerWebExchange exchange) {
		return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
			.map(context -> (TracingContext) context.get(TracingContext.class))
			.map(TracingContext::getSpan)
			.or(() -> Optional.ofNullable(tracer.getIfAvailable()).map(Tracer::currentSpan))
			.map(Span::context)
			.map(context -> context.traceId())
			.orElse(null);
	}

}

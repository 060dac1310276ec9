package id.terbuka.gateway.problem;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import id.terbuka.gateway.edge.OriginalRequest;

/**
 * Writes the gateway's own answers as {@code application/problem+json}, in the client's language,
 * with {@code instance} (the path the client asked for) and {@code traceId}. Anything that rejects
 * a request at the edge (tenant check now; authentication and rate limits later) answers through
 * here.
 */
@Component
public class ProblemWriter {

	private final MessageSource messages;

	private final JsonMapper json;

	private final TraceIds traceIds;

	public ProblemWriter(MessageSource messages, JsonMapper json, TraceIds traceIds) {
		this.messages = messages;
		this.json = json;
		this.traceIds = traceIds;
	}

	public Problem problem(ServerWebExchange exchange, ProblemType type, HttpStatusCode status,
			Map<String, Object> extensions, Object... detailArguments) {
		Locale locale = ProblemLanguage.of(exchange.getRequest().getHeaders());
		String prefix = "problem." + type.slug() + ".";
		String title = messages.getMessage(prefix + "title", null, type.status().getReasonPhrase(), locale);
		String detail = messages.getMessage(prefix + "detail", detailArguments, title, locale);
		return new Problem(type.uri().toString(), title, status.value(), detail, OriginalRequest.path(exchange),
				traceIds.current(exchange), extensions);
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemType type, Map<String, Object> extensions,
			Object... detailArguments) {
		return write(exchange, problem(exchange, type, type.status(), extensions, detailArguments), headers -> {
		});
	}

	public Mono<Void> write(ServerWebExchange exchange, Problem problem, Consumer<HttpHeaders> extraHeaders) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.empty();
		}
		Locale locale = ProblemLanguage.of(exchange.getRequest().getHeaders());
		response.setStatusCode(HttpStatusCode.valueOf(problem.status()));
		HttpHeaders headers = response.getHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		headers.setContentLanguage(locale);
		headers.setCacheControl("no-store");
		extraHeaders.accept(headers);
		byte[] body = json.writeValueAsString(problem.toMembers()).getBytes(StandardCharsets.UTF_8);
		headers.setContentLength(body.length);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

}

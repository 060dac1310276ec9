package id.terbuka.gateway.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The problems the gateway itself answers. Each has {@code problem.<slug>.title} and
 * {@code problem.<slug>.detail} in {@code messages*.properties}; the detail may use the
 * arguments given when the problem is written ({@code {0}}, ...).
 */
public enum ProblemType {

	SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE),
	TENANT_NOT_FOUND("tenant-not-found", HttpStatus.NOT_FOUND),
	INVALID_TOKEN("invalid-token", HttpStatus.UNAUTHORIZED),
	RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS),
	NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED),
	NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE),
	PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE),
	UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST),
	GATEWAY_TIMEOUT("gateway-timeout", HttpStatus.GATEWAY_TIMEOUT),
	INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR);

	private static final String BASE = "https://terbuka.id/problems/";

	private final String slug;

	private final HttpStatus status;

	ProblemType(String slug, HttpStatus status) {
		this.slug = slug;
		this.status = status;
	}

	public String slug() {
		return slug;
	}

	public HttpStatus status() {
		return status;
	}

	public URI uri() {
		return URI.create(BASE + slug);
	}

	/** The problem for an error the gateway did not classify itself. */
	public static ProblemType forStatus(HttpStatusCode status) {
		for (ProblemType type : values()) {
			if (type != TENANT_NOT_FOUND && type.status.value() == status.value()) {
				return type;
			}
		}
		return status.is4xxClientError() ? BAD_REQUEST : INTERNAL_ERROR;
	}

}

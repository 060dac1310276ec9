package id.terbuka.gateway.tenant;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Loads the tenant list from identity-service ({@code GET /api/v1/tenants}: a JSON array of
 * {@code {slug, name, regionCode, province, timeZone}}; a paged {@code {items: [...]}} is accepted
 * too). One quick retry for a connection hiccup, then the caller keeps its last good directory.
 */
public class IdentityTenantSource implements TenantSource {

	private final WebClient client;

	private final JsonMapper json;

	private final URI uri;

	private final Duration timeout;

	public IdentityTenantSource(WebClient client, JsonMapper json, URI uri, Duration timeout) {
		this.client = client;
		this.json = json;
		this.uri = uri;
		this.timeout = timeout;
	}

	@Override
	public Mono<List<Tenant>> fetchAll() {
		return client.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.bodyToMono(JsonNode.class)
			.retryWhen(Retry.backoff(1, Duration.ofMillis(100)))
			.timeout(timeout)
			.map(this::parse);
	}

	private List<Tenant> parse(JsonNode body) {
		JsonNode list = body.isArray() ? body : body.path("items");
		if (!list.isArray()) {
			throw new IllegalStateException("Tenant list from " + uri + " is neither an array nor a page");
		}
		List<Tenant> tenants = new ArrayList<>();
		for (JsonNode element : list) {
			tenants.add(json.treeToValue(element, Tenant.class));
		}
		return tenants;
	}

}

package id.terbuka.gateway.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The five platform services as stub servers, started once per test JVM and shared by every
 * gateway test (one Spring context). identity-service's stub also serves the tenant list, which
 * tests can extend to "register" a tenant.
 */
public final class Backends {

	public static final StubService IDENTITY = StubService.start("identity-service");

	public static final StubService CATALOGUE = StubService.start("catalogue-service");

	public static final StubService REQUEST = StubService.start("request-service");

	public static final StubService COMPLAINT = StubService.start("complaint-service");

	public static final StubService NEWS = StubService.start("news-service");

	/** A second news-service instance, dedicated to the tenant balikpapan (its own pool). */
	public static final StubService NEWS_BALIKPAPAN = StubService.start("news-service");

	public static final List<String> INITIAL_TENANTS = List.of("kutai-timur", "balikpapan");

	private static final List<String> tenants = new CopyOnWriteArrayList<>(INITIAL_TENANTS);

	static {
		serveTenantList();
	}

	private Backends() {
	}

	public static List<StubService> all() {
		return List.of(IDENTITY, CATALOGUE, REQUEST, COMPLAINT, NEWS, NEWS_BALIKPAPAN);
	}

	/** The first (shared) instance of each service. */
	public static Map<String, StubService> byName() {
		return List.of(IDENTITY, CATALOGUE, REQUEST, COMPLAINT, NEWS)
			.stream()
			.collect(Collectors.toMap(StubService::name, s -> s));
	}

	/** Registers a tenant at identity-service (the gateway learns of it on its own). */
	public static void registerTenant(String slug) {
		tenants.add(slug);
	}

	/** Back to the initial state: all stubs up, no scripts, no recorded requests, initial tenants. */
	public static void reset() {
		all().forEach(StubService::reset);
		tenants.retainAll(INITIAL_TENANTS);
		serveTenantList();
	}

	private static void serveTenantList() {
		// the gateway's token validation fetches identity-service's signing keys
		IDENTITY.when(r -> !r.viaGateway() && r.method().equals("GET") && r.pathAndQuery().equals("/oauth2/jwks"),
				r -> StubService.Answer.json(200, TestTokens.jwks()));
		// the gateway's own directory loads (not proxied client requests) get the tenant list
		IDENTITY.when(r -> !r.viaGateway() && r.method().equals("GET") && r.pathAndQuery().equals("/api/v1/tenants"),
				r -> StubService.Answer.json(200, tenantListJson()));
	}

	private static String tenantListJson() {
		return tenants.stream()
			.map(slug -> "{\"slug\":\"" + slug + "\",\"name\":\"Kabupaten " + slug
					+ "\",\"regionCode\":\"64.08\",\"province\":\"Kalimantan Timur\",\"timeZone\":\"Asia/Makassar\"}")
			.collect(Collectors.joining(",", "[", "]"));
	}

}

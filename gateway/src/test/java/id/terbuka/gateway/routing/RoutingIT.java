package id.terbuka.gateway.routing;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import id.terbuka.gateway.support.Backends;
import id.terbuka.gateway.support.GatewayIntegrationTest;
import id.terbuka.gateway.support.StubService;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends GatewayIntegrationTest {

	static Stream<Arguments> publicPaths() {
		return Stream.of(
				// identity-service
				Arguments.of("GET", "/api/v1/tenants", "identity-service"),
				Arguments.of("POST", "/api/v1/tenants", "identity-service"),
				Arguments.of("POST", "/api/v1/auth/token", "identity-service"),
				Arguments.of("POST", "/oauth2/token", "identity-service"),
				Arguments.of("GET", "/.well-known/openid-configuration", "identity-service"),
				Arguments.of("GET", "/userinfo", "identity-service"),
				Arguments.of("GET", "/api/v1/kutai-timur/units", "identity-service"),
				Arguments.of("POST", "/api/v1/kutai-timur/citizens", "identity-service"),
				Arguments.of("POST", "/api/v1/kutai-timur/users", "identity-service"),
				Arguments.of("GET", "/api/v1/kutai-timur/api-clients/42", "identity-service"),
				Arguments.of("GET", "/api/v1/kutai-timur/audit-log?page=0", "identity-service"),
				// catalogue-service
				Arguments.of("GET", "/api/v1/kutai-timur/information?q=anggaran&year=2025", "catalogue-service"),
				Arguments.of("GET", "/api/v1/kutai-timur/information/freshness", "catalogue-service"),
				Arguments.of("GET", "/ckan/kutai-timur/api/3/action/package_search?q=apbd", "catalogue-service"),
				// request-service
				Arguments.of("POST", "/api/v1/kutai-timur/requests", "request-service"),
				Arguments.of("GET", "/api/v1/kutai-timur/requests/PPID-2025-0001?trackingCode=X1", "request-service"),
				Arguments.of("GET", "/api/v1/kutai-timur/reports/requests?year=2025", "request-service"),
				// complaint-service
				Arguments.of("POST", "/api/v1/kutai-timur/complaints", "complaint-service"),
				Arguments.of("GET", "/open311/v2/services.json?jurisdiction_id=kutai-timur", "complaint-service"),
				Arguments.of("POST", "/open311/v2/requests.json", "complaint-service"),
				Arguments.of("POST", "/channels/whatsapp/kutai-timur", "complaint-service"),
				Arguments.of("POST", "/channels/telegram/kutai-timur", "complaint-service"),
				// news-service
				Arguments.of("GET", "/api/v1/kutai-timur/news?unit=diskominfo", "news-service"),
				Arguments.of("GET", "/api/v1/kutai-timur/news/feed.atom", "news-service"));
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@MethodSource("publicPaths")
	void routesEachPublicPathToItsService(String method, String path, String service) {
		client.method(HttpMethod.valueOf(method))
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo(service);

		StubService stub = Backends.byName().get(service);
		assertThat(stub.forwarded()).singleElement().satisfies(received -> {
			assertThat(received.method()).isEqualTo(method);
			assertThat(received.pathAndQuery()).isEqualTo(path);
		});
	}

	@Test
	void tellsTheServiceThePublicAddressItWasCalledAt() {
		client.get().uri("/api/v1/kutai-timur/information").exchange().expectStatus().isOk();

		StubService.Received received = Backends.CATALOGUE.forwarded().getFirst();
		assertThat(received.header("X-Forwarded-Host")).isEqualTo("127.0.0.1:" + port);
		assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
		assertThat(received.header("X-Forwarded-For")).isNotBlank();
	}

	@Test
	void sendsTheAddressOnlyAsXForwardedAndDropsAForwardedHeaderFromTheClient() {
		client.get()
			.uri("/api/v1/kutai-timur/information")
			.header("Forwarded", "host=evil.example;proto=https")
			.exchange()
			.expectStatus()
			.isOk();

		StubService.Received received = Backends.CATALOGUE.forwarded().getFirst();
		assertThat(received.header("Forwarded")).isNull();
		assertThat(received.header("X-Forwarded-Host")).isEqualTo("127.0.0.1:" + port);
	}

	@Test
	void passesServiceAnswersThroughUnchanged() {
		Backends.CATALOGUE.when(r -> r.pathAndQuery().startsWith("/api/v1/kutai-timur/information/missing"),
				r -> StubService.Answer.json(404,
						"{\"type\":\"https://terbuka.id/problems/information-not-found\",\"status\":404}"));

		client.get()
			.uri("/api/v1/kutai-timur/information/missing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://terbuka.id/problems/information-not-found");
	}

	@Test
	void servesEachServicesOpenApiDocumentUnderTheServicesName() {
		Backends.NEWS.when(r -> r.pathAndQuery().equals("/v3/api-docs"),
				r -> StubService.Answer.json(200, "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"news-service\"}}"));

		client.get()
			.uri("/v3/api-docs/news-service")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.info.title")
			.isEqualTo("news-service");
		assertThat(Backends.NEWS.forwarded()).extracting(StubService.Received::pathAndQuery)
			.containsExactly("/v3/api-docs");
	}

	@Test
	void swaggerUiListsTheOpenApiDocumentOfEveryService() {
		client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].url")
			.value(urls -> assertThat(urls).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.containsExactlyInAnyOrder("/v3/api-docs/identity-service", "/v3/api-docs/catalogue-service",
						"/v3/api-docs/request-service", "/v3/api-docs/complaint-service",
						"/v3/api-docs/news-service"));
		client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

	@Test
	void answersAPathNoServiceServesWithANotFoundProblem() {
		client.get()
			.uri("/api/v2/nothing-here")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://terbuka.id/problems/not-found")
			.jsonPath("$.instance")
			.isEqualTo("/api/v2/nothing-here");
		Backends.all().forEach(stub -> assertThat(stub.forwarded()).isEmpty());
	}

}

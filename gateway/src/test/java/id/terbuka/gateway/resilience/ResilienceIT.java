package id.terbuka.gateway.resilience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.client.discovery.simple.reactive.SimpleReactiveDiscoveryProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import id.terbuka.gateway.support.Backends;
import id.terbuka.gateway.support.GatewayIntegrationTest;
import id.terbuka.gateway.support.StubService.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ResilienceIT extends GatewayIntegrationTest {

	@Autowired
	private SimpleReactiveDiscoveryProperties discovery;

	private WebTestClient.BodyContentSpec expectServiceUnavailable(HttpMethod method, String path, String service) {
		return client.method(method)
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "3")
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://terbuka.id/problems/service-unavailable")
			.jsonPath("$.title")
			.isEqualTo("Layanan tidak tersedia")
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.detail")
			.isEqualTo("Layanan " + service + " sedang tidak tersedia. Coba lagi beberapa saat lagi.")
			.jsonPath("$.service")
			.isEqualTo(service)
			.jsonPath("$.instance")
			.isEqualTo(path)
			.jsonPath("$.traceId")
			.isNotEmpty();
	}

	@Test
	void answersServiceUnavailableWhileAServiceIsDownAndRoutesToItAgainOnceItIsBack() {
		Backends.NEWS.stop();

		expectServiceUnavailable(HttpMethod.GET, "/api/v1/kutai-timur/news", "news-service");
		expectServiceUnavailable(HttpMethod.POST, "/api/v1/kutai-timur/news", "news-service");
		// enough failures to open the breaker: it keeps answering the same problem
		for (int i = 0; i < 6; i++) {
			expectServiceUnavailable(HttpMethod.GET, "/api/v1/kutai-timur/news/feed.json", "news-service");
		}

		Backends.NEWS.start();

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> client.get()
				.uri("/api/v1/kutai-timur/news")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.service")
				.isEqualTo("news-service"));
	}

	@Test
	void answersServiceUnavailableWhenAServiceHasNoRegisteredInstance() {
		List<InstanceProperties> instances = discovery.getInstances("catalogue-service");
		List<InstanceProperties> registered = new ArrayList<>(instances);
		instances.clear();
		try {
			expectServiceUnavailable(HttpMethod.GET, "/api/v1/kutai-timur/information", "catalogue-service");
			expectServiceUnavailable(HttpMethod.POST, "/api/v1/kutai-timur/information", "catalogue-service");
		}
		finally {
			instances.addAll(registered);
		}
		assertThat(Backends.CATALOGUE.forwarded()).isEmpty();
	}

	@Test
	void answersServiceUnavailableWhenAServiceDoesNotAnswerInTime() {
		// request-service's time limit is 1 s in these tests
		Backends.REQUEST.when(r -> r.pathAndQuery().contains("/requests/SLOW"), r -> Answer.slow(Duration.ofSeconds(4)));

		expectServiceUnavailable(HttpMethod.GET, "/api/v1/kutai-timur/requests/SLOW-1", "request-service");
		expectServiceUnavailable(HttpMethod.POST, "/api/v1/kutai-timur/requests/SLOW-1/decision", "request-service");
	}

	@Test
	void retriesAReadThatMetAnUnavailableInstance() {
		AtomicInteger failuresLeft = new AtomicInteger(1);
		Backends.COMPLAINT.when(r -> r.viaGateway() && failuresLeft.getAndDecrement() > 0,
				r -> Answer.json(503, "{\"status\":503}"));

		client.get()
			.uri("/api/v1/kutai-timur/complaints/LPR-0001")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("complaint-service");
		assertThat(Backends.COMPLAINT.forwarded()).hasSize(2);
	}

	@Test
	void givesUpOnAReadAfterTwoRetriesAndPassesTheLastAnswerOn() {
		Backends.COMPLAINT.when(r -> r.viaGateway(), r -> Answer.json(503, "{\"from\":\"complaint-service\"}"));

		client.get()
			.uri("/api/v1/kutai-timur/complaints/LPR-0002")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.from")
			.isEqualTo("complaint-service");
		assertThat(Backends.COMPLAINT.forwarded()).hasSize(3);
	}

	@Test
	void neverRetriesAWrite() {
		Backends.COMPLAINT.when(r -> r.viaGateway(), r -> Answer.json(503, "{\"from\":\"complaint-service\"}"));

		client.post()
			.uri("/api/v1/kutai-timur/complaints")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"Jalan rusak\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(503);
		assertThat(Backends.COMPLAINT.forwarded()).hasSize(1);
	}

}

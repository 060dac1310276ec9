package id.terbuka.gateway.actuator;

import org.junit.jupiter.api.Test;

import id.terbuka.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class ActuatorIT extends GatewayIntegrationTest {

	@Test
	void reportsLivenessAndReadiness() {
		client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
		client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
	}

	@Test
	void exposesRouteAndTenantMetricsToPrometheus() {
		client.get().uri("/api/v1/kutai-timur/news").exchange().expectStatus().isOk();
		client.get().uri("/api/v1/atlantis/news").exchange().expectStatus().isNotFound();

		String scrape = client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(scrape).contains("spring_cloud_gateway_requests_seconds_count{")
			.contains("routeId=\"news-service\"")
			.contains("terbuka_gateway_upstream_requests_seconds_count{")
			.contains("resilience4j_circuitbreaker_state{")
			.contains("terbuka_gateway_tenants_known{")
			.contains("terbuka_gateway_tenants_rejected_total{")
			// no observation per security filter, no long-task "active" timers: both cost CPU on every request
			.doesNotContain("spring_security_")
			.doesNotContain("_active_seconds");
	}

	@Test
	void listsTheRoutesReadOnly() {
		client.get()
			.uri("/actuator/gateway/routes")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].route_id")
			.value(ids -> assertThat(ids.toString()).contains("identity-service", "catalogue-service",
					"request-service", "complaint-service", "news-service", "news-service-api-docs"));
		client.post().uri("/actuator/gateway/refresh").exchange().expectStatus().value(status ->
				assertThat(status).isNotEqualTo(200));
	}

}

package id.terbuka.gateway.tenant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import id.terbuka.gateway.support.Backends;
import id.terbuka.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class TenantResolutionIT extends GatewayIntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/atlantis/information", "/api/v1/atlantis/requests", "/api/v1/atlantis/units",
			"/ckan/atlantis/api/3/action/package_list", "/channels/whatsapp/atlantis" })
	void refusesAnUnknownTenantBeforeRouting(String path) {
		client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://terbuka.id/problems/tenant-not-found")
			.jsonPath("$.title")
			.isEqualTo("Daerah tidak ditemukan")
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("\"atlantis\""))
			.jsonPath("$.tenant")
			.isEqualTo("atlantis")
			.jsonPath("$.instance")
			.isEqualTo(path)
			.jsonPath("$.traceId")
			.isNotEmpty();

		Backends.all().forEach(stub -> assertThat(stub.forwarded()).isEmpty());
	}

	@Test
	void routesAKnownTenant() {
		client.get()
			.uri("/api/v1/balikpapan/information")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("catalogue-service");
	}

	@Test
	void routesATenantRegisteredAMomentAgoWithoutWaitingForThePeriodicRefresh() {
		client.get().uri("/api/v1/paser/news").exchange().expectStatus().isNotFound();

		Backends.registerTenant("paser");

		client.get()
			.uri("/api/v1/paser/news")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.service")
			.isEqualTo("news-service");
	}

	@Test
	void doesNotCheckPlatformWidePaths() {
		client.get().uri("/api/v1/tenants").exchange().expectStatus().isOk();
		client.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();
		client.get().uri("/open311/v2/services.json").exchange().expectStatus().isOk();
	}

	@Test
	void explainsAnUnknownTenantInEnglishWhenAsked() {
		client.get()
			.uri("/api/v1/atlantis/news")
			.header("Accept-Language", "en-US,en;q=0.9")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals("Content-Language", "en")
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Tenant not found")
			.jsonPath("$.detail")
			.isEqualTo("No tenant \"atlantis\" is registered on this platform.");
	}

}

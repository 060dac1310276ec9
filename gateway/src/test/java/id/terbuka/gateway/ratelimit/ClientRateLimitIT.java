package id.terbuka.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import id.terbuka.gateway.support.Backends;
import id.terbuka.gateway.support.GatewayIntegrationTest;
import id.terbuka.gateway.support.TestTokens;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Default limits plus the test tier TRICKLE: one request per minute, a bucket of one. */
class ClientRateLimitIT extends GatewayIntegrationTest {

	private EntityExchangeResult<byte[]> call(String token) {
		return client.get()
			.uri("/api/v1/" + TENANT + "/information")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectBody()
			.returnResult();
	}

	@Test
	void refusesAnAppBeyondItsTierWithAProblemAndRetryAfter() {
		String token = TestTokens.app(TENANT, "app-trickle-1", "TRICKLE");
		EntityExchangeResult<byte[]> allowed = call(token);
		assertThat(allowed.getStatus().value()).isEqualTo(200);
		assertThat(allowed.getResponseHeaders().getFirst("RateLimit-Limit")).isEqualTo("1");
		assertThat(allowed.getResponseHeaders().getFirst("RateLimit-Remaining")).isEqualTo("0");

		client.get()
			.uri("/api/v1/" + TENANT + "/information")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "en")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value("Retry-After", seconds -> assertThat(Integer.parseInt(seconds)).isBetween(50, 60))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://terbuka.id/problems/rate-limited")
			.jsonPath("$.detail")
			.value(detail -> assertThat((String) detail).contains("1 requests per minute", "TRICKLE"));
		assertThat(Backends.CATALOGUE.forwarded()).hasSize(1);
	}

	@Test
	void countsEachAppOnItsOwnAndGivesEachTierItsRate() {
		String first = TestTokens.app(TENANT, "app-trickle-2", "TRICKLE");
		assertThat(call(first).getStatus().value()).isEqualTo(200);
		assertThat(call(first).getStatus().value()).isEqualTo(429);

		assertThat(call(TestTokens.app(TENANT, "app-trickle-3", "TRICKLE")).getStatus().value()).isEqualTo(200);
		EntityExchangeResult<byte[]> standard = call(TestTokens.app(TENANT, "app-standard-1", "STANDARD"));
		assertThat(standard.getStatus().value()).isEqualTo(200);
		assertThat(standard.getResponseHeaders().getFirst("RateLimit-Limit")).isEqualTo("300");
		assertThat(standard.getResponseHeaders().getFirst("RateLimit-Remaining")).isEqualTo("74");
		// A tier the gateway does not know counts as the default tier, BASIC.
		EntityExchangeResult<byte[]> unknown = call(TestTokens.app(TENANT, "app-odd-1", "GOLD"));
		assertThat(unknown.getResponseHeaders().getFirst("RateLimit-Limit")).isEqualTo("60");
	}

	@Test
	void leavesPeopleAndAnonymousCallersToTheServices() {
		String staff = TestTokens.valid(TENANT, "PPID_UTAMA");
		for (int i = 0; i < 20; i++) {
			EntityExchangeResult<byte[]> answer = call(staff);
			assertThat(answer.getStatus().value()).isEqualTo(200);
			assertThat(answer.getResponseHeaders().getFirst("RateLimit-Limit")).isNull();
		}
		for (int i = 0; i < 20; i++) {
			client.get().uri("/api/v1/" + TENANT + "/information").exchange().expectStatus().isOk();
		}
	}

}

package id.terbuka.gateway.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import id.terbuka.gateway.support.Backends;
import id.terbuka.gateway.support.GatewayIntegrationTest;
import id.terbuka.gateway.support.TestTokens;

import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeAuthenticationIT extends GatewayIntegrationTest {

	static Stream<Arguments> badTokens() {
		return Stream.of(Arguments.of("alg none", TestTokens.unsigned(TENANT)),
				Arguments.of("foreign key", TestTokens.foreignKey(TENANT)),
				Arguments.of("foreign issuer", TestTokens.foreignIssuer(TENANT)),
				Arguments.of("expired", TestTokens.expired(TENANT)), Arguments.of("garbage", "not.a.token"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badTokens")
	void refusesABadTokenBeforeRouting(String kind, String token) {
		client.get()
			.uri("/api/v1/" + TENANT + "/requests")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("https://terbuka.id/problems/invalid-token")
			.jsonPath("$.instance")
			.isEqualTo("/api/v1/" + TENANT + "/requests");
		assertThat(Backends.REQUEST.forwarded()).isEmpty();
	}

	@Test
	void routesAValidTokenWithItsAuthorizationHeader() {
		String token = TestTokens.valid(TENANT, "PPID_UTAMA");
		client.get()
			.uri("/api/v1/" + TENANT + "/requests")
			.header("Authorization", "Bearer " + token)
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		assertThat(Backends.REQUEST.forwarded()).singleElement()
			.satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + token));
	}

	@Test
	void letsRequestsWithoutATokenThroughForTheServiceToDecide() {
		client.get().uri("/api/v1/" + TENANT + "/requests").exchange().expectStatus().is2xxSuccessful();
		assertThat(Backends.REQUEST.forwarded()).hasSize(1);
	}

}

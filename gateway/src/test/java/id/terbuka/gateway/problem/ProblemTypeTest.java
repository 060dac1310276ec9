package id.terbuka.gateway.problem;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTest {

	@Test
	void classifiesErrorsByStatus() {
		assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(404))).isEqualTo(ProblemType.NOT_FOUND);
		assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(405))).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
		assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(413))).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
		assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(418))).isEqualTo(ProblemType.BAD_REQUEST);
		assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(500))).isEqualTo(ProblemType.INTERNAL_ERROR);
		assertThat(ProblemType.forStatus(HttpStatusCode.valueOf(599))).isEqualTo(ProblemType.INTERNAL_ERROR);
	}

	@Test
	void namesEveryTypeUnderThePlatformsProblemBase() {
		assertThat(ProblemType.TENANT_NOT_FOUND.uri()).hasToString("https://terbuka.id/problems/tenant-not-found");
		assertThat(ProblemType.SERVICE_UNAVAILABLE.uri())
			.hasToString("https://terbuka.id/problems/service-unavailable");
	}

}

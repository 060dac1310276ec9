package id.terbuka.gateway.edge;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import id.terbuka.gateway.support.Backends;
import id.terbuka.gateway.support.GatewayIntegrationTest;
import id.terbuka.gateway.support.StubService;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeHeadersIT extends GatewayIntegrationTest {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String CLIENT_SPAN_ID = "00f067aa0ba902b7";

	@Test
	void givesARequestWithoutIdANewOneAndSendsItToTheServiceAndBack() {
		String answered = client.get()
			.uri("/api/v1/kutai-timur/information")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(RequestIdFilter.HEADER);

		assertThat(answered).isNotNull();
		assertThat(UUID.fromString(answered)).isNotNull();
		assertThat(Backends.CATALOGUE.forwarded()).singleElement()
			.extracting(r -> r.header(RequestIdFilter.HEADER))
			.isEqualTo(answered);
	}

	@Test
	void keepsTheClientsRequestId() {
		client.get()
			.uri("/api/v1/kutai-timur/news")
			.header(RequestIdFilter.HEADER, "mobile-app.7f3a9c")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valuesMatch(RequestIdFilter.HEADER, "mobile-app.7f3a9c");
		assertThat(Backends.NEWS.forwarded()).singleElement()
			.extracting(r -> r.header(RequestIdFilter.HEADER))
			.isEqualTo("mobile-app.7f3a9c");
	}

	@Test
	void replacesARequestIdThatIsNotAnId() {
		String answered = client.get()
			.uri("/api/v1/kutai-timur/news")
			.header(RequestIdFilter.HEADER, "<script>alert(1)</script>")
			.exchange()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst(RequestIdFilter.HEADER);

		assertThat(answered).isNotEqualTo("<script>alert(1)</script>");
		assertThat(UUID.fromString(answered)).isNotNull();
	}

	@Test
	void putsTheRequestIdOnTheGatewaysOwnAnswersToo() {
		client.get()
			.uri("/api/v1/atlantis/news")
			.header(RequestIdFilter.HEADER, "req-0001")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals(RequestIdFilter.HEADER, "req-0001");
	}

	@Test
	void continuesTheClientsTraceInTheCallToTheService() {
		client.get()
			.uri("/api/v1/kutai-timur/requests/PPID-1")
			.header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN_ID + "-01")
			.exchange()
			.expectStatus()
			.isOk();

		String forwarded = Backends.REQUEST.forwarded().getFirst().header("traceparent");
		assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
		assertThat(forwarded.split("-")[1]).isEqualTo(TRACE_ID);
		// the gateway's own span is the parent now
		assertThat(forwarded.split("-")[2]).isNotEqualTo(CLIENT_SPAN_ID);
	}

	@Test
	void startsATraceWhenTheClientHasNone() {
		client.get().uri("/api/v1/kutai-timur/requests/PPID-2").exchange().expectStatus().isOk();

		assertThat(Backends.REQUEST.forwarded().getFirst().header("traceparent"))
			.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
	}

	@Test
	void namesTheClientsTraceInAProblem() {
		Backends.NEWS.stop();
		client.get()
			.uri("/api/v1/kutai-timur/news")
			.header("traceparent", "00-" + TRACE_ID + "-" + CLIENT_SPAN_ID + "-01")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.traceId")
			.isEqualTo(TRACE_ID);
	}

	@Test
	void explainsAnUnavailableServiceInEnglishWhenAsked() {
		Backends.NEWS.stop();
		client.get()
			.uri("/api/v1/kutai-timur/news")
			.header("Accept-Language", "en")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Service unavailable")
			.jsonPath("$.detail")
			.isEqualTo("The service news-service is currently unavailable. Please try again in a few moments.");
	}

	@Test
	void answersACorsPreflightFromAnAllowedOrigin() {
		client.method(HttpMethod.OPTIONS)
			.uri("/api/v1/kutai-timur/requests")
			.header("Origin", "https://ppid.kutaitimurkab.go.id")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type, x-request-id")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://ppid.kutaitimurkab.go.id")
			.expectHeader()
			.value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("POST"));
		// answered at the edge: the service never sees a preflight
		assertThat(Backends.REQUEST.forwarded()).isEmpty();
	}

	@Test
	void refusesACorsPreflightFromAnOriginNotListed() {
		client.method(HttpMethod.OPTIONS)
			.uri("/api/v1/kutai-timur/requests")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist("Access-Control-Allow-Origin");
	}

	@Test
	void letsAnAllowedOriginReadAnswersAndProblemsAlike() {
		Backends.CATALOGUE.when(StubService.Received::viaGateway,
				r -> new StubService.Answer(200, "application/json", "{}", java.time.Duration.ZERO));

		client.get()
			.uri("/api/v1/kutai-timur/information")
			.header("Origin", "https://ppid.kutaitimurkab.go.id")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://ppid.kutaitimurkab.go.id")
			.expectHeader()
			.value("Access-Control-Expose-Headers", exposed -> assertThat(exposed).contains("X-Request-Id"));
		client.get()
			.uri("/api/v1/atlantis/information")
			.header("Origin", "https://ppid.kutaitimurkab.go.id")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals("Access-Control-Allow-Origin", "https://ppid.kutaitimurkab.go.id");
	}

}

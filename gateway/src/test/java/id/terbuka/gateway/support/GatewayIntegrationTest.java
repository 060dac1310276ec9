package id.terbuka.gateway.support;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gateway's integration tests: the real gateway on a random port, Eureka off, and the
 * simple discovery client pointing each service name at a {@link Backends} stub. Every test class
 * extends this without adding configuration, so they all share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"eureka.client.enabled=false",
		// see instance changes (a removed instance) at once
		"spring.cloud.loadbalancer.cache.enabled=false",
		// every unknown slug may refresh the directory: the rate limit is covered by TenantDirectoryTest
		"terbuka.gateway.tenants.on-demand-min-interval=0s",
		"terbuka.gateway.resilience.service-timeouts.request-service=1s",
		"terbuka.gateway.resilience.circuit-breaker.wait-duration-in-open-state=500ms",
		"terbuka.gateway.cors.allowed-origins=https://ppid.kutaitimurkab.go.id",
		"management.tracing.sampling.probability=1.0",
		// One request per minute and a bucket of one: rate-limit tests that do not depend on timing.
		"terbuka.gateway.rate-limit.requests-per-minute.TRICKLE=1" })
public abstract class GatewayIntegrationTest {

	public static final String TENANT = "kutai-timur";

	@LocalServerPort
	protected int port;

	@Autowired
	private ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

	protected WebTestClient client;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		Backends.byName()
			.forEach((name, stub) -> registry.add("spring.cloud.discovery.client.simple.instances." + name + "[0].uri",
					stub::uri));
		registry.add("spring.cloud.discovery.client.simple.instances.news-service[1].uri", Backends.NEWS_BALIKPAPAN::uri);
		registry.add("spring.cloud.discovery.client.simple.instances.news-service[1].metadata.tenants",
				() -> "balikpapan");
	}

	@BeforeEach
	void freshBackendsAndClosedBreakers() {
		Backends.reset();
		circuitBreakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
		client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(20))
			.build();
	}

}

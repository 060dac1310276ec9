package id.terbuka.gateway.resilience;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.cloud.gateway.support.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureClassificationTest {

	@Test
	void retriesConnectionErrorsTimeoutsAndRetryableAnswersOnly() {
		assertThat(IdempotentRetryGatewayFilterFactory.isRetryable(new ConnectException("Connection refused"))).isTrue();
		assertThat(IdempotentRetryGatewayFilterFactory.isRetryable(new RuntimeException(new IOException("reset"))))
			.isTrue();
		assertThat(IdempotentRetryGatewayFilterFactory.isRetryable(new TimeoutException())).isTrue();
		assertThat(IdempotentRetryGatewayFilterFactory.isRetryable(NotFoundException.create(true, "no instance")))
			.isFalse();
		assertThat(IdempotentRetryGatewayFilterFactory.isRetryable(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void namesWhyAServiceWasUnavailable() {
		assertThat(ServiceUnavailableFallback.reason(new TimeoutException())).isEqualTo("timeout");
		assertThat(ServiceUnavailableFallback.reason(NotFoundException.create(true, "no instance")))
			.isEqualTo("no-instance");
		assertThat(ServiceUnavailableFallback.reason(new RuntimeException(new ConnectException("refused"))))
			.isEqualTo("connection-refused");
		assertThat(ServiceUnavailableFallback.reason(new IOException("reset"))).isEqualTo("connection-error");
		assertThat(ServiceUnavailableFallback
			.reason(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("news-service"))))
			.isEqualTo("circuit-open");
		assertThat(ServiceUnavailableFallback.reason(new IllegalStateException())).isEqualTo("error");
	}

}

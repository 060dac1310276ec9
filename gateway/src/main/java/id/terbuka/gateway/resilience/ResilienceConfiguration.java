package id.terbuka.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One circuit breaker and time limiter per service (the {@code CircuitBreaker} filter of every
 * route of a service names the service), configured from {@link ResilienceProperties}. Without
 * this, Spring Cloud's default time limit would be 1 s.
 */
@Configuration(proxyBeanMethods = false)
public class ResilienceConfiguration {

	@Bean
	Customizer<ReactiveResilience4JCircuitBreakerFactory> perServiceCircuitBreakers(ResilienceProperties properties) {
		ResilienceProperties.CircuitBreaker cb = properties.circuitBreaker();
		CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
			.slidingWindowType(SlidingWindowType.COUNT_BASED)
			.slidingWindowSize(cb.slidingWindowSize())
			.minimumNumberOfCalls(cb.minimumNumberOfCalls())
			.failureRateThreshold(cb.failureRateThreshold())
			.waitDurationInOpenState(cb.waitDurationInOpenState())
			.permittedNumberOfCallsInHalfOpenState(cb.permittedCallsInHalfOpenState())
			.build();
		return factory -> factory.configureDefault(service -> new Resilience4JConfigBuilder(service)
			.circuitBreakerConfig(breaker)
			.timeLimiterConfig(TimeLimiterConfig.custom()
				.timeoutDuration(properties.timeoutFor(service))
				.cancelRunningFuture(true)
				.build())
			.build());
	}

}

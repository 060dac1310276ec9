package id.terbuka.complaint.reply;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Channel;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The platforms behind resilience4j, one set per platform (named {@code whatsapp} / {@code telegram}): a bulkhead
 * caps the calls in flight, the circuit breaker stops calling a platform that keeps failing (its replies wait in
 * the queue instead), and a short retry absorbs single hiccups. Only transient failures are retried or counted as
 * failures. Metrics: {@code resilience4j.*} with {@code name} tags.
 */
@Component
class GuardedPlatforms {

    private final Platforms platforms;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final BulkheadRegistry bulkheads;

    GuardedPlatforms(Platforms platforms, ComplaintSettings settings, MeterRegistry meters) {
        this.platforms = platforms;
        ComplaintSettings.Replies replies = settings.replies();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(4)
                .failureRateThreshold(50)
                .waitDurationInOpenState(replies.openCircuitWait())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(DeliveryFailure::isTransient)
                .build());
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(replies.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(replies.retryWait(), 2.0))
                .retryOnException(DeliveryFailure::isTransient)
                .build());
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(replies.maxConcurrentCalls())
                .maxWaitDuration(Duration.ofMillis(500))
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
    }

    /**
     * @throws DeliveryFailure the platform refused or stayed unreachable
     * @throws io.github.resilience4j.circuitbreaker.CallNotPermittedException the circuit is open: not called
     * @throws io.github.resilience4j.bulkhead.BulkheadFullException too many calls in flight: not called
     */
    String send(String tenant, Channel channel, String address, String text) {
        String name = channel.name().toLowerCase();
        Supplier<String> call = () -> platforms.send(tenant, channel, address, text);
        Supplier<String> limited = Bulkhead.decorateSupplier(bulkheads.bulkhead(name), call);
        Supplier<String> guarded = CircuitBreaker.decorateSupplier(breakers.circuitBreaker(name), limited);
        return Retry.decorateSupplier(retries.retry(name), guarded).get();
    }

    /** A reporter's photo, behind the same guards as the platform's send API. */
    byte[] download(String tenant, Channel channel, String mediaId, long maxBytes) {
        String name = channel.name().toLowerCase();
        Supplier<byte[]> call = () -> platforms.download(tenant, channel, mediaId, maxBytes);
        Supplier<byte[]> limited = Bulkhead.decorateSupplier(bulkheads.bulkhead(name), call);
        Supplier<byte[]> guarded = CircuitBreaker.decorateSupplier(breakers.circuitBreaker(name), limited);
        return Retry.decorateSupplier(retries.retry(name), guarded).get();
    }

    /** Any other outbound call (the SMTP server: {@code email}) behind its own set of the same guards. */
    <T> T guarded(String name, Supplier<T> call) {
        Supplier<T> limited = Bulkhead.decorateSupplier(bulkheads.bulkhead(name), call);
        Supplier<T> guarded = CircuitBreaker.decorateSupplier(breakers.circuitBreaker(name), limited);
        return Retry.decorateSupplier(retries.retry(name), guarded).get();
    }

    boolean configured(String tenant, Channel channel) {
        return platforms.configured(tenant, channel);
    }

    CircuitBreaker.State circuit(Channel channel) {
        return breakers.circuitBreaker(channel.name().toLowerCase()).getState();
    }
}

package id.terbuka.complaint.lapor;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.reply.DeliveryFailure;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SP4N-LAPOR! interface as this service uses it, against the tenant's configured endpoint and bearer token:
 * {@code POST {base}/complaints} (→ {@code tracking_id}) and {@code GET {base}/complaints/{tracking_id}}
 * (→ {@code status}). Behind resilience4j (name {@code lapor}): retry on 5xx / 429 / network errors, a circuit
 * breaker and a bulkhead, as the messaging platforms.
 */
@Component
class LaporClient {

    private final ComplaintSettings settings;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;

    LaporClient(ComplaintSettings settings, JsonMapper json, MeterRegistry meters) {
        this.settings = settings;
        this.json = json;
        ComplaintSettings.Replies r = settings.replies();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(4).failureRateThreshold(50)
                .waitDurationInOpenState(r.openCircuitWait()).permittedNumberOfCallsInHalfOpenState(1)
                .recordException(DeliveryFailure::isTransient).build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(r.retryAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(r.retryWait(), 2.0))
                .retryOnException(DeliveryFailure::isTransient).build());
        BulkheadRegistry bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(r.maxConcurrentCalls()).maxWaitDuration(Duration.ofMillis(500)).build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        this.retry = retries.retry("lapor");
        this.breaker = breakers.circuitBreaker("lapor");
        this.bulkhead = bulkheads.bulkhead("lapor");
    }

    boolean configured(String tenant) {
        ComplaintSettings.Lapor lapor = settings.lapor().get(tenant);
        return lapor != null && lapor.baseUrl() != null && !lapor.baseUrl().isBlank() && lapor.token() != null
                && !lapor.token().isBlank();
    }

    /** @return the national tracking id */
    String forward(String tenant, Map<String, Object> complaint) {
        ComplaintSettings.Lapor lapor = settings.lapor().get(tenant);
        JsonNode answer = guarded(() -> call(HttpRequest.newBuilder(URI.create(base(lapor) + "/complaints"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(complaint))), lapor));
        String id = answer.path("tracking_id").asString("");
        if (id.isBlank()) {
            throw new DeliveryFailure("SP4N-LAPOR! answered no tracking_id", false);
        }
        return id;
    }

    String status(String tenant, String laporTrackingId) {
        ComplaintSettings.Lapor lapor = settings.lapor().get(tenant);
        JsonNode answer = guarded(() -> call(HttpRequest.newBuilder(URI.create(base(lapor) + "/complaints/"
                + URLEncoder.encode(laporTrackingId, StandardCharsets.UTF_8))).GET(), lapor));
        return answer.path("status").asString(null);
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private JsonNode guarded(Supplier<JsonNode> call) {
        Supplier<JsonNode> limited = Bulkhead.decorateSupplier(bulkhead, call);
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, limited)).get();
    }

    private JsonNode call(HttpRequest.Builder request, ComplaintSettings.Lapor lapor) {
        request.timeout(settings.replies().requestTimeout()).header("Authorization", "Bearer " + lapor.token())
                .header("Accept", "application/json");
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new DeliveryFailure("network: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted", true);
        }
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new DeliveryFailure("SP4N-LAPOR! answered " + status, status >= 500 || status == 429 || status == 408);
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw new DeliveryFailure("SP4N-LAPOR! answered no JSON", false);
        }
    }

    private static String base(ComplaintSettings.Lapor lapor) {
        String base = lapor.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}

package id.terbuka.gateway.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One token bucket per app: it holds up to {@code capacity} requests and refills at the tier's per-minute rate,
 * so an app may burst briefly but not exceed its rate over time. In memory of this replica: with several gateway
 * replicas each one limits on its own, so set the per-replica rate (e.g. tier rate ÷ replicas behind a
 * round-robin load balancer). The map is bounded and forgets the least recently used app first.
 */
final class TokenBuckets {

	/** What one request was told. */
	record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds, long resetSeconds) {
	}

	private static final class Bucket {

		private double tokens;

		private long updatedNanos;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.updatedNanos = now;
		}

	}

	private final Clock clock;

	private final Map<String, Bucket> buckets;

	TokenBuckets(Clock clock, int maxTracked) {
		this.clock = clock;
		this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxTracked;
			}
		};
	}

	/** Takes one request from the app's bucket when there is one. */
	synchronized Decision take(String client, int perMinute, int capacity) {
		long now = nanos();
		double perNano = perMinute / 60e9;
		Bucket bucket = buckets.computeIfAbsent(client, key -> new Bucket(capacity, now));
		bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedNanos) * perNano);
		bucket.updatedNanos = now;
		boolean allowed = bucket.tokens >= 1;
		if (allowed) {
			bucket.tokens -= 1;
		}
		long retryAfter = allowed ? 0 : Math.max(1, seconds((1 - bucket.tokens) / perNano));
		long reset = seconds((capacity - bucket.tokens) / perNano);
		return new Decision(allowed, perMinute, (int) Math.floor(bucket.tokens), retryAfter, reset);
	}

	private long nanos() {
		Instant now = clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

	private static long seconds(double nanos) {
		return (long) Math.ceil(nanos / 1e9);
	}

}

package id.terbuka.gateway.ratelimit;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits for third-party apps, by the rate-limit tier a tenant admin gave the app in identity-service (the
 * {@code rate_tier} claim of its client-credentials token).
 *
 * @param enabled whether app tokens are limited at all
 * @param requestsPerMinute per tier, the sustained rate one app may use on one gateway replica
 * @param burst how many requests above the sustained rate an idle app may send at once (a share of the rate)
 * @param defaultTier the tier of an app token that names none or an unknown one
 * @param maxTrackedClients apps remembered at once; the longest idle are forgotten first (a forgotten app
 *        starts again with a full bucket, which is the state it would have refilled to anyway)
 */
@ConfigurationProperties("terbuka.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue({ "BASIC=60", "STANDARD=300", "PREMIUM=1200" }) Map<String, Integer> requestsPerMinute,
		@DefaultValue("0.25") double burst, @DefaultValue("BASIC") String defaultTier,
		@DefaultValue("10000") int maxTrackedClients) {

	public RateLimitProperties {
		Map<String, Integer> normalised = new TreeMap<>();
		requestsPerMinute.forEach((tier, limit) -> {
			if (limit == null || limit < 1) {
				throw new IllegalArgumentException("terbuka.gateway.rate-limit.requests-per-minute." + tier
						+ " must be at least 1");
			}
			normalised.put(tier.toUpperCase(Locale.ROOT), limit);
		});
		requestsPerMinute = Map.copyOf(normalised);
		defaultTier = defaultTier.toUpperCase(Locale.ROOT);
		if (!requestsPerMinute.containsKey(defaultTier)) {
			throw new IllegalArgumentException("terbuka.gateway.rate-limit.default-tier " + defaultTier
					+ " is not one of " + requestsPerMinute.keySet());
		}
		if (burst < 0) {
			throw new IllegalArgumentException("terbuka.gateway.rate-limit.burst must not be negative");
		}
	}

	/** The tier that applies to a token's claim: the claim's tier when configured, else the default. */
	public String tierOf(String claimed) {
		if (claimed == null) {
			return defaultTier;
		}
		String tier = claimed.toUpperCase(Locale.ROOT);
		return requestsPerMinute.containsKey(tier) ? tier : defaultTier;
	}

	public int perMinute(String tier) {
		return requestsPerMinute.get(tier);
	}

	/** Bucket size: one request at least, plus the burst share of the per-minute rate. */
	public int capacity(String tier) {
		return Math.max(1, (int) Math.floor(perMinute(tier) * burst));
	}

}

package id.terbuka.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTest {

	/** A clock the test moves by hand. */
	private static final class ManualClock extends Clock {

		private Instant now = Instant.parse("2026-11-21T02:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	private final ManualClock clock = new ManualClock();

	@Test
	void allowsTheBurstThenRefillsAtTheRate() {
		TokenBuckets buckets = new TokenBuckets(clock, 100);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("app", 60, 3).allowed()).isTrue();
		}
		TokenBuckets.Decision refused = buckets.take("app", 60, 3);
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isEqualTo(1);

		clock.advance(Duration.ofMillis(999));
		assertThat(buckets.take("app", 60, 3).allowed()).isFalse();
		clock.advance(Duration.ofMillis(2));
		assertThat(buckets.take("app", 60, 3).allowed()).isTrue();
	}

	@Test
	void neverSavesUpMoreThanTheBucketHolds() {
		TokenBuckets buckets = new TokenBuckets(clock, 100);
		buckets.take("app", 60, 3);
		clock.advance(Duration.ofHours(1));
		int allowed = 0;
		while (buckets.take("app", 60, 3).allowed()) {
			allowed++;
		}
		assertThat(allowed).isEqualTo(3);
	}

	@Test
	void tellsWhenTheBucketIsFullAgain() {
		TokenBuckets buckets = new TokenBuckets(clock, 100);
		TokenBuckets.Decision first = buckets.take("app", 6, 2);
		assertThat(first.remaining()).isEqualTo(1);
		assertThat(first.resetSeconds()).isEqualTo(10);
	}

	@Test
	void forgetsTheLongestIdleAppBeyondItsBound() {
		TokenBuckets buckets = new TokenBuckets(clock, 2);
		buckets.take("a", 60, 1);
		buckets.take("b", 60, 1);
		buckets.take("c", 60, 1);
		// "a" was forgotten, so it starts again with a full bucket; "c" is still empty.
		assertThat(buckets.take("a", 60, 1).allowed()).isTrue();
		assertThat(buckets.take("c", 60, 1).allowed()).isFalse();
	}

}

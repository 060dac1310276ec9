package id.terbuka.gateway.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

class TenantDirectoryTest {

	/** A tenant source whose answers the test controls, counting the loads. */
	static final class ScriptedSource implements TenantSource {

		final List<String> slugs = new CopyOnWriteArrayList<>();

		final AtomicInteger loads = new AtomicInteger();

		final AtomicBoolean down = new AtomicBoolean();

		Sinks.One<List<Tenant>> pending;

		@Override
		public Mono<List<Tenant>> fetchAll() {
			loads.incrementAndGet();
			if (pending != null) {
				return pending.asMono();
			}
			if (down.get()) {
				return Mono.error(new IllegalStateException("identity-service unavailable"));
			}
			return Mono.just(tenants());
		}

		List<Tenant> tenants() {
			return slugs.stream().map(s -> new Tenant(s, s, "64.08", "Kalimantan Timur", "Asia/Makassar")).toList();
		}

	}

	static final class SteppingClock extends Clock {

		Instant now = Instant.parse("2026-03-02T01:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

	}

	private final ScriptedSource source = new ScriptedSource();

	private final SteppingClock clock = new SteppingClock();

	private final TenantDirectory directory = new TenantDirectory(source, clock, Duration.ofSeconds(2));

	private TenantLookup lookup(String slug) {
		return directory.lookup(slug).block(Duration.ofSeconds(5));
	}

	@Test
	void letsRequestsThroughUnverifiedWhileItHasNeverLoaded() {
		source.down.set(true);

		assertThat(lookup("kutai-timur")).isEqualTo(new TenantLookup.Unverified("kutai-timur"));
		assertThat(directory.isLoaded()).isFalse();
	}

	@Test
	void triesToLoadWhenAskedBeforeItEverLoaded() {
		source.slugs.add("kutai-timur");

		assertThat(lookup("kutai-timur")).isInstanceOf(TenantLookup.Unverified.class);
		assertThat(directory.isLoaded()).isTrue();
		assertThat(lookup("kutai-timur")).isInstanceOf(TenantLookup.Known.class);
	}

	@Test
	void knowsTheLoadedTenants() {
		source.slugs.addAll(List.of("kutai-timur", "balikpapan"));
		directory.refresh().block();

		assertThat(lookup("balikpapan")).isEqualTo(new TenantLookup.Known(source.tenants().get(1)));
		assertThat(directory.size()).isEqualTo(2);
		assertThat(source.loads).hasValue(1);
	}

	@Test
	void findsATenantRegisteredSinceTheLastLoadByReloadingOnce() {
		source.slugs.add("kutai-timur");
		directory.refresh().block();
		source.slugs.add("paser");

		assertThat(lookup("paser")).isInstanceOf(TenantLookup.Known.class);
		assertThat(source.loads).hasValue(2);
	}

	@Test
	void reloadsForUnknownSlugsAtMostOncePerInterval() {
		directory.refresh().block();
		clock.advance(Duration.ofSeconds(10));

		assertThat(lookup("atlantis")).isEqualTo(new TenantLookup.Unknown("atlantis"));
		assertThat(lookup("lemuria")).isEqualTo(new TenantLookup.Unknown("lemuria"));
		clock.advance(Duration.ofMillis(1999));
		assertThat(lookup("mu")).isEqualTo(new TenantLookup.Unknown("mu"));
		assertThat(source.loads).hasValue(2);

		clock.advance(Duration.ofMillis(1));
		source.slugs.add("mu");
		assertThat(lookup("mu")).isInstanceOf(TenantLookup.Known.class);
		assertThat(source.loads).hasValue(3);
	}

	@Test
	void neverReloadsForASegmentThatCannotBeASlug() {
		directory.refresh().block();

		assertThat(lookup("NOT A SLUG")).isInstanceOf(TenantLookup.Unknown.class);
		assertThat(source.loads).hasValue(1);
	}

	@Test
	void keepsTheLastGoodDirectoryWhenALoadFails() {
		source.slugs.add("kutai-timur");
		directory.refresh().block();
		source.down.set(true);

		directory.refresh().onErrorResume(e -> Mono.empty()).block();

		assertThat(lookup("kutai-timur")).isInstanceOf(TenantLookup.Known.class);
		assertThat(lookup("atlantis")).isInstanceOf(TenantLookup.Unknown.class);
	}

	@Test
	void sharesOneLoadBetweenConcurrentLookups() {
		directory.refresh().block();
		source.pending = Sinks.one();

		Mono<TenantLookup> first = directory.lookup("paser").cache();
		Mono<TenantLookup> second = directory.lookup("paser").cache();
		first.subscribe();
		second.subscribe();
		source.pending.tryEmitValue(List.of(new Tenant("paser", "Paser", "64.01", "Kalimantan Timur", "Asia/Makassar")));

		assertThat(first.block(Duration.ofSeconds(5))).isInstanceOf(TenantLookup.Known.class);
		assertThat(second.block(Duration.ofSeconds(5))).isInstanceOf(TenantLookup.Known.class);
		assertThat(source.loads).hasValue(2);
	}

}

package id.terbuka.gateway.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.context.SmartLifecycle;

/**
 * Loads the tenant directory when the gateway starts and reloads it every
 * {@code refresh-interval}; until the first load succeeds (identity-service not up yet) it retries
 * every {@code startup-retry-interval}.
 */
public class TenantDirectoryRefresher implements SmartLifecycle {

	private final TenantDirectory directory;

	private final TenantProperties properties;

	private final Clock clock;

	private volatile Disposable schedule;

	public TenantDirectoryRefresher(TenantDirectory directory, TenantProperties properties, Clock clock) {
		this.directory = directory;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		Duration tick = min(properties.startupRetryInterval(), properties.refreshInterval());
		schedule = Flux.interval(Duration.ZERO, tick)
			.onBackpressureDrop()
			.concatMap(i -> due() ? directory.refresh().onErrorResume(error -> Mono.empty()) : Mono.empty())
			.subscribe();
	}

	private boolean due() {
		Instant loadedAt = directory.loadedAt();
		return loadedAt == null || !clock.instant().isBefore(loadedAt.plus(properties.refreshInterval()));
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	@Override
	public void stop() {
		Disposable current = schedule;
		if (current != null) {
			current.dispose();
		}
		schedule = null;
	}

	@Override
	public boolean isRunning() {
		return schedule != null && !schedule.isDisposed();
	}

}

package id.terbuka.gateway.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The tenants the gateway knows, loaded from identity-service and kept fresh three ways: a
 * periodic reload, a retry loop while it has never loaded, and a rate-limited reload when a
 * request names a slug it does not know (so a tenant registered a moment ago works at once).
 * Loads that fail keep the last good directory.
 */
public class TenantDirectory {

	private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

	private record Snapshot(Map<String, Tenant> bySlug, Instant loadedAt) {
	}

	private final TenantSource source;

	private final Clock clock;

	private final Duration onDemandMinInterval;

	private volatile Snapshot snapshot;

	private Instant lastOnDemandRefresh = Instant.MIN;

	private Mono<Snapshot> inFlight;

	private volatile Instant lastFailure;

	public TenantDirectory(TenantSource source, Clock clock, Duration onDemandMinInterval) {
		this.source = source;
		this.clock = clock;
		this.onDemandMinInterval = onDemandMinInterval;
	}

	/** What the directory says about a slug; reloads first (rate-limited) if the slug is unknown. */
	public Mono<TenantLookup> lookup(String slug) {
		Snapshot current = snapshot;
		if (current == null) {
			// identity-service has not answered yet: let services decide, and try to load meanwhile
			refreshOnDemand().subscribe(s -> {
			}, error -> {
			});
			return Mono.just(new TenantLookup.Unverified(slug));
		}
		Tenant tenant = current.bySlug().get(slug);
		if (tenant != null) {
			return Mono.just(new TenantLookup.Known(tenant));
		}
		if (!TenantPaths.isWellFormed(slug)) {
			return Mono.just(new TenantLookup.Unknown(slug));
		}
		return refreshOnDemand().map(fresh -> resolve(fresh, slug))
			.onErrorResume(error -> Mono.empty())
			.switchIfEmpty(Mono.fromSupplier(() -> resolve(snapshot, slug)));
	}

	/** Reloads now (periodic refresh and start-up), sharing a load already under way. */
	public Mono<Void> refresh() {
		return load().then();
	}

	public boolean isLoaded() {
		return snapshot != null;
	}

	public int size() {
		Snapshot current = snapshot;
		return current == null ? 0 : current.bySlug().size();
	}

	/** When the last successful load finished, if any. */
	public Instant loadedAt() {
		Snapshot current = snapshot;
		return current == null ? null : current.loadedAt();
	}

	private static TenantLookup resolve(Snapshot snapshot, String slug) {
		Tenant tenant = snapshot.bySlug().get(slug);
		return tenant != null ? new TenantLookup.Known(tenant) : new TenantLookup.Unknown(slug);
	}

	private Mono<Snapshot> refreshOnDemand() {
		synchronized (this) {
			if (inFlight != null) {
				return inFlight;
			}
			Instant now = clock.instant();
			if (lastOnDemandRefresh != Instant.MIN && now.isBefore(lastOnDemandRefresh.plus(onDemandMinInterval))) {
				return Mono.empty();
			}
			lastOnDemandRefresh = now;
			return load();
		}
	}

	private synchronized Mono<Snapshot> load() {
		if (inFlight != null) {
			return inFlight;
		}
		Mono<Snapshot> loading = Mono.defer(source::fetchAll)
			.map(tenants -> new Snapshot(index(tenants), clock.instant()))
			.doOnNext(this::accept)
			.doOnError(this::failed)
			.doFinally(signal -> clearInFlight())
			.cache();
		inFlight = loading;
		return loading;
	}

	private synchronized void clearInFlight() {
		inFlight = null;
	}

	private void accept(Snapshot fresh) {
		Snapshot previous = snapshot;
		snapshot = fresh;
		if (previous == null || !previous.bySlug().keySet().equals(fresh.bySlug().keySet())) {
			log.info("Tenant directory loaded: {} tenants {}", fresh.bySlug().size(), fresh.bySlug().keySet());
		}
		if (lastFailure != null) {
			lastFailure = null;
		}
	}

	private void failed(Throwable error) {
		// once per outage at warn, so a down identity-service does not flood the log
		if (lastFailure == null) {
			log.warn("Tenant directory could not be loaded ({}); keeping {}", error.toString(),
					snapshot == null ? "no directory (requests are not checked)" : size() + " known tenants");
		}
		lastFailure = clock.instant();
	}

	private static Map<String, Tenant> index(List<Tenant> tenants) {
		return tenants.stream()
			.filter(t -> t.slug() != null && !t.slug().isBlank())
			.collect(Collectors.toUnmodifiableMap(Tenant::slug, Function.identity(), (a, b) -> a));
	}

}

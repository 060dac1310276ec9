package id.terbuka.catalogue.freshness;

import id.terbuka.catalogue.CatalogueSettings;
import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.EntryStatus;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.catalogue.information.UpdateFrequency;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Looks, on every replica, for BERKALA entries that lapsed ({@code entry-became-stale}) and exclusions whose period
 * ended ({@code exclusion-review-due}). Each is announced once: the entry records that it was announced, and the
 * save is a conditional write on the version that was read (optimistic lock) carrying the event in the same
 * document write (outbox); a replica that loses the race gets a locking failure and leaves the entry alone, and a
 * later round finds it already announced. An update of the entry starts a new period.
 * <p>
 * Metrics: {@code terbuka.catalogue.stale.reported} and {@code terbuka.catalogue.exclusion.reviews.due} (counters
 * of announcements made by this instance), {@code terbuka.catalogue.entries.stale} (gauge: active BERKALA entries
 * whose current lapse is announced, all tenants, as of the last round).
 */
@Component
public class FreshnessWatch {

    private static final Logger log = LoggerFactory.getLogger(FreshnessWatch.class);
    private static final int BATCH = 500;
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private final MongoTemplate mongo;
    private final LocalTenantDirectory tenants;
    private final CatalogueSettings settings;
    private final Clock clock;
    private final Counter lapses;
    private final Counter reviews;
    private final AtomicLong staleNow = new AtomicLong();

    FreshnessWatch(MongoTemplate mongo, LocalTenantDirectory tenants, CatalogueSettings settings, MeterRegistry meters,
                   Clock clock) {
        this.mongo = mongo;
        this.tenants = tenants;
        this.settings = settings;
        this.clock = clock;
        this.lapses = Counter.builder("terbuka.catalogue.stale.reported")
                .description("BERKALA entries announced as stale (entry-became-stale)").register(meters);
        this.reviews = Counter.builder("terbuka.catalogue.exclusion.reviews.due")
                .description("Exclusions whose period ended (exclusion-review-due)").register(meters);
        Gauge.builder("terbuka.catalogue.entries.stale", staleNow, AtomicLong::get)
                .description("Active BERKALA entries whose current lapse is announced").register(meters);
    }

    /** What one round announced. */
    public record Round(int lapsesReported, int exclusionReviewsReported) {
    }

    @Scheduled(fixedDelayString = "${terbuka.catalogue.watch.interval:5m}",
            initialDelayString = "${terbuka.catalogue.watch.interval:5m}")
    void run() {
        if (!settings.watch().enabled()) {
            return;
        }
        try {
            Round round = tick();
            if (round.lapsesReported() + round.exclusionReviewsReported() > 0) {
                log.info("Freshness watch: {} entries became stale, {} exclusions due for review",
                        round.lapsesReported(), round.exclusionReviewsReported());
            }
        } catch (RuntimeException e) {
            log.warn("Freshness watch round failed; the next round retries: {}", e.toString());
        }
    }

    /** One round; returns what this call announced. */
    public Round tick() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int lapsed = 0;
        for (UpdateFrequency frequency : UpdateFrequency.values()) {
            // a day of slack keeps the query a superset of the month arithmetic; the entry decides exactly
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(frequency.period()).plusDays(1).toInstant();
            Query candidates = Query.query(Criteria.where("status").is(EntryStatus.ACTIVE)
                            .and("category").is(Category.BERKALA).and("updateFrequency").is(frequency)
                            .and("lastUpdatedAt").lt(cutoff).and("lapseReportedAt").is(null))
                    .with(Sort.by("lastUpdatedAt")).limit(BATCH);
            for (InformationEntry entry : mongo.find(candidates, InformationEntry.class)) {
                if (entry.reportLapseIfDue(now) && saved(entry)) {
                    lapsed++;
                    lapses.increment();
                }
            }
        }
        // Every tenant is east of UTC, so a day already past locally is before UTC tomorrow.
        LocalDate horizon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        Query ended = Query.query(Criteria.where("status").is(EntryStatus.ACTIVE)
                        .and("category").is(Category.DIKECUALIKAN).and("exclusion.excludedUntil").lt(horizon)
                        .and("exclusionReviewReportedAt").is(null))
                .with(Sort.by("exclusion.excludedUntil")).limit(BATCH);
        int due = 0;
        Map<String, ZoneId> zones = new HashMap<>();
        for (InformationEntry entry : mongo.find(ended, InformationEntry.class)) {
            LocalDate today = LocalDate.ofInstant(now, zones.computeIfAbsent(entry.tenant(), this::zone));
            if (entry.reportExclusionEndIfDue(today, now) && saved(entry)) {
                due++;
                reviews.increment();
            }
        }
        staleNow.set(mongo.count(Query.query(Criteria.where("status").is(EntryStatus.ACTIVE)
                .and("category").is(Category.BERKALA).and("lapseReportedAt").ne(null)), InformationEntry.class));
        return new Round(lapsed, due);
    }

    private ZoneId zone(String tenant) {
        try {
            return tenants.find(tenant).map(LocalTenant::timeZone).map(ZoneId::of).orElse(DEFAULT_ZONE);
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    private boolean saved(InformationEntry entry) {
        try {
            mongo.save(entry);
            return true;
        } catch (OptimisticLockingFailureException anotherReplicaOrAnEditWasFirst) {
            return false;
        }
    }
}

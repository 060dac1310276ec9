package id.terbuka.complaint.clock;

import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintStatus;
import id.terbuka.platform.directory.TenantCalendars;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clocks nobody acts on, every minute on every replica: a staff clock that ran out raises
 * {@code complaint-sla-breached} (once per clock), and an answered complaint whose reporter did not react within 10
 * working days is closed ({@code complaint-closed}, automatic). Exactly once with several replicas: each change is a
 * conditional write of the aggregate on the version that was read (its optimistic lock), carrying the event in the
 * same document write; the replica that loses the race gets an optimistic-locking failure and leaves it.
 * <p>
 * Metrics: {@code terbuka.complaint.sla.breaches} (counter, tag {@code kind}), {@code terbuka.complaint.auto.closed}
 * (counter), {@code terbuka.complaint.breached} (gauge: open complaints whose running clock is announced breached).
 */
@Component
public class ComplaintClocks {

    private static final Logger log = LoggerFactory.getLogger(ComplaintClocks.class);
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final TenantCalendars calendars;
    private final MeterRegistry meters;
    private final Clock clock;
    private final AtomicLong breachedNow = new AtomicLong();

    ComplaintClocks(MongoTemplate mongo, TenantCalendars calendars, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.calendars = calendars;
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("terbuka.complaint.breached", breachedNow, AtomicLong::get)
                .description("Open complaints whose running staff clock is past its due date").register(meters);
    }

    public record Round(int breachesReported, int autoClosed) {
    }

    @Scheduled(fixedDelayString = "${terbuka.complaint.clock-interval:1m}",
            initialDelayString = "${terbuka.complaint.clock-interval:1m}")
    void run() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("Complaint clock round failed; the next round retries: {}", e.toString());
        }
    }

    /** One round; returns what THIS call changed. */
    public Round tick() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Every tenant is east of UTC (WIB/WITA/WIT): its local date is at most one day after the UTC date, so a
        // date that can already be past locally is before UTC tomorrow; the aggregate decides on the tenant's date.
        LocalDate horizon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        int breaches = 0;
        Query breachCandidates = Query.query(Criteria.where("dueDate").lt(horizon).and("breachReported").ne(true))
                .with(Sort.by("dueDate")).limit(BATCH);
        for (Complaint complaint : mongo.find(breachCandidates, Complaint.class)) {
            if (complaint.reportBreachIfDue(calendars.forTenant(complaint.tenant()), now) && saved(complaint)) {
                breaches++;
                Counter.builder("terbuka.complaint.sla.breaches").tag("kind", complaint.dueKind().name())
                        .description("Staff clocks of complaints that ran out").register(meters).increment();
            }
        }
        int closed = 0;
        Query closeCandidates = Query.query(Criteria.where("status").is(ComplaintStatus.RESPONDED)
                .and("reporterDeadline").lt(horizon)).with(Sort.by("reporterDeadline")).limit(BATCH);
        for (Complaint complaint : mongo.find(closeCandidates, Complaint.class)) {
            if (complaint.autoCloseIfDue(calendars.forTenant(complaint.tenant()), now) && saved(complaint)) {
                closed++;
                Counter.builder("terbuka.complaint.auto.closed")
                        .description("Answered complaints closed because the reporter did not react")
                        .register(meters).increment();
            }
        }
        breachedNow.set(mongo.count(Query.query(Criteria.where("breachReported").is(true).and("dueDate").ne(null)),
                Complaint.class));
        return new Round(breaches, closed);
    }

    private boolean saved(Complaint complaint) {
        try {
            mongo.save(complaint);
            return true;
        } catch (OptimisticLockingFailureException anotherReplicaWasFirst) {
            return false;
        }
    }
}

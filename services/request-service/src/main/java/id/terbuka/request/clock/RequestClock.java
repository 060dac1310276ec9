package id.terbuka.request.clock;

import id.terbuka.calendar.WorkingDayCalendar;
import id.terbuka.platform.directory.TenantCalendars;
import id.terbuka.request.information.InformationRequest;
import id.terbuka.request.information.RequestStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Enforces the legal clock on every replica, every minute: reminders 3 and 1 working days before a due date, the
 * {@code request-overdue} event when it passes, and closing decided requests whose keberatan / sengketa window
 * lapsed. Exactly once without a leader: each change is recorded in the request document itself (which reminder
 * went out for which due date, when overdue was noticed) and saved on the version that was read, together with its
 * event (the aggregate's outbox). When two replicas handle the same request only one save matches; the other gets
 * an optimistic-locking failure and leaves it. Each request carries the day of its next check
 * ({@code nextClockCheck}), so a round reads only what is due. Also refreshes the open/overdue gauges per tenant.
 */
@Component
public class RequestClock {

    private static final Logger log = LoggerFactory.getLogger(RequestClock.class);
    private static final int BATCH = 500;
    private static final EnumSet<RequestStatus> DECIDED = EnumSet.of(RequestStatus.GRANTED,
            RequestStatus.PARTIALLY_GRANTED, RequestStatus.REJECTED, RequestStatus.NOT_HELD,
            RequestStatus.NOT_YET_DOCUMENTED);

    private final MongoTemplate mongo;
    private final TenantCalendars calendars;
    private final Clock clock;
    private final MultiGauge open;
    private final MultiGauge overdue;

    public RequestClock(MongoTemplate mongo, TenantCalendars calendars, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.calendars = calendars;
        this.clock = clock;
        this.open = MultiGauge.builder("terbuka.requests.open")
                .description("Information requests still waiting for their written notice, per tenant")
                .register(meters);
        this.overdue = MultiGauge.builder("terbuka.requests.overdue")
                .description("Open information requests past their due date, per tenant").register(meters);
    }

    @Scheduled(fixedDelayString = "${terbuka.request.clock.interval-ms:60000}",
            initialDelayString = "${terbuka.request.clock.initial-delay-ms:20000}")
    void run() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Request clock round failed; the next round retries: {}", e.toString());
        }
    }

    /** What one round did on THIS replica. */
    public record Round(int reminded, int overdue, int closed) {
    }

    public Round sweep() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // every tenant zone is ahead of UTC by less than a day; the request's own check uses its tenant's date
        LocalDate horizon = now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        EnumSet<RequestStatus> watched = EnumSet.copyOf(DECIDED);
        watched.addAll(RequestStatus.OPEN);
        Query due = Query.query(Criteria.where("status").in(watched).orOperator(
                        Criteria.where("nextClockCheck").lte(horizon), Criteria.where("nextClockCheck").exists(false)))
                .with(Sort.by("nextClockCheck", "_id")).limit(BATCH);
        int reminded = 0;
        int overdueNow = 0;
        int closed = 0;
        for (InformationRequest request : mongo.find(due, InformationRequest.class)) {
            int reminders = request.reminders().size();
            boolean wasOverdue = request.overdueNotifiedAt() != null;
            boolean wasClosed = request.status() == RequestStatus.CLOSED;
            if (!request.clockRound(calendars.forTenant(request.tenant()), now) || !saved(request)) {
                continue;
            }
            reminded += request.reminders().size() - reminders;
            overdueNow += !wasOverdue && request.overdueNotifiedAt() != null ? 1 : 0;
            closed += !wasClosed && request.status() == RequestStatus.CLOSED ? 1 : 0;
        }
        refreshGauges(now);
        return new Round(reminded, overdueNow, closed);
    }

    private boolean saved(InformationRequest request) {
        try {
            mongo.save(request);
            return true;
        } catch (OptimisticLockingFailureException anotherReplicaOrAStaffActionWasFirst) {
            log.debug("Request {} changed meanwhile; left to the next round", request.registrationNumber());
            return false;
        }
    }

    /** Counts per tenant; every replica reports the same numbers from the database (aggregate with max). */
    private void refreshGauges(Instant now) {
        Map<String, long[]> counts = new TreeMap<>();
        Query openRequests = Query.query(Criteria.where("status").in(RequestStatus.OPEN));
        openRequests.fields().include("tenant").include("dueDate");
        for (org.bson.Document row : mongo.find(openRequests, org.bson.Document.class,
                InformationRequest.COLLECTION)) {
            String tenant = row.getString("tenant");
            long[] c = counts.computeIfAbsent(tenant, t -> new long[2]);
            c[0]++;
            Object dueDate = row.get("dueDate");
            LocalDate due = dueDate instanceof java.util.Date d ? d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate()
                    : dueDate instanceof LocalDate l ? l : null;
            WorkingDayCalendar calendar = calendars.forTenant(tenant);
            if (due != null && calendar.localDate(now).isAfter(due)) {
                c[1]++;
            }
        }
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
        counts.forEach((tenant, c) -> {
            openRows.add(MultiGauge.Row.of(Tags.of("tenant", tenant), c[0]));
            overdueRows.add(MultiGauge.Row.of(Tags.of("tenant", tenant), c[1]));
        });
        open.register(openRows, true);
        overdue.register(overdueRows, true);
    }
}

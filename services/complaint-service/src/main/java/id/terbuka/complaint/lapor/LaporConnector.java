package id.terbuka.complaint.lapor;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.complaint.reply.DeliveryFailure;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forwards the complaints the coordinator selected to SP4N-LAPOR! and pulls their status back, on every replica:
 * each forwarding is claimed with a conditional findAndModify (as the reply sender does), retried with back-off
 * while the national system is down, and its status is pulled every {@code lapor-status-interval}. What is sent is
 * the complaint's matter (title, description, category, place, dates), never the reporter's identity.
 */
@Component
public class LaporConnector {

    private static final Logger log = LoggerFactory.getLogger(LaporConnector.class);
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final LaporClient client;
    private final ComplaintService complaints;
    private final ComplaintSettings.Replies backoff;
    private final Duration statusInterval;
    private final MeterRegistry meters;
    private final Clock clock;

    LaporConnector(MongoTemplate mongo, LaporClient client, ComplaintService complaints, ComplaintSettings settings,
                   @Value("${terbuka.complaint.lapor-status-interval:15m}") Duration statusInterval,
                   MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.client = client;
        this.complaints = complaints;
        this.backoff = settings.replies();
        this.statusInterval = statusInterval;
        this.meters = meters;
        this.clock = clock;
    }

    /** Queues the forwarding; the one already queued when the complaint was selected before. */
    public LaporForwarding request(Complaint complaint, String by) {
        Instant now = now();
        try {
            mongo.insert(new LaporForwarding(complaint.id(), complaint.tenant(), complaint.trackingId(),
                    LaporForwarding.State.PENDING, 0, now, by, now, null, null, null, null, null, null));
        } catch (DuplicateKeyException alreadyRequested) {
            // idempotent: the first request stands
        }
        return mongo.findById(complaint.id(), LaporForwarding.class);
    }

    public LaporForwarding find(String complaintId) {
        return mongo.findById(complaintId, LaporForwarding.class);
    }

    public boolean configured(String tenant) {
        return client.configured(tenant);
    }

    @Scheduled(fixedDelayString = "${terbuka.complaint.lapor-interval:5s}",
            initialDelayString = "${terbuka.complaint.lapor-interval:5s}")
    void sweep() {
        try {
            forwardDue();
            pullStatuses();
        } catch (RuntimeException e) {
            log.warn("SP4N-LAPOR! round failed; the next round retries: {}", e.toString());
        }
    }

    /** One forwarding round; returns how many complaints this call handed over. */
    public int forwardDue() {
        Instant now = now();
        Criteria due = new Criteria().orOperator(
                Criteria.where("state").is(LaporForwarding.State.PENDING).and("nextAttemptAt").lte(now),
                Criteria.where("state").is(LaporForwarding.State.SENDING).and("claimedUntil").lt(now));
        int forwarded = 0;
        for (LaporForwarding candidate : mongo.find(Query.query(due).with(Sort.by("requestedAt")).limit(BATCH),
                LaporForwarding.class)) {
            LaporForwarding claimed = mongo.findAndModify(
                    Query.query(Criteria.where("_id").is(candidate.complaintId()).andOperator(due)),
                    new Update().set("state", LaporForwarding.State.SENDING).set("claimedUntil", now.plus(lease())),
                    FindAndModifyOptions.options().returnNew(true), LaporForwarding.class);
            if (claimed != null && forward(claimed)) {
                forwarded++;
            }
        }
        return forwarded;
    }

    private boolean forward(LaporForwarding forwarding) {
        Complaint complaint = complaints.byId(forwarding.complaintId()).orElse(null);
        if (complaint == null || !client.configured(forwarding.tenant())) {
            finish(forwarding, LaporForwarding.State.FAILED, new Update().set("lastError",
                    complaint == null ? "complaint-gone" : "lapor-not-configured"));
            return false;
        }
        try {
            String laporId = client.forward(forwarding.tenant(), body(complaint));
            finish(forwarding, LaporForwarding.State.FORWARDED, new Update().set("laporTrackingId", laporId)
                    .set("forwardedAt", now()).inc("attempts", 1).unset("lastError").unset("claimedUntil"));
            count("forwarded");
            return true;
        } catch (DeliveryFailure failure) {
            if (!failure.transientFailure()) {
                finish(forwarding, LaporForwarding.State.FAILED, new Update().set("lastError", failure.getMessage())
                        .inc("attempts", 1));
                count("refused");
                return false;
            }
            later(forwarding, failure.getMessage(), true);
        } catch (CallNotPermittedException | BulkheadFullException notCalled) {
            later(forwarding, notCalled.getClass().getSimpleName(), false);
        }
        return false;
    }

    /** The matter only: no name, contact or account of the reporter goes to the national system. */
    static Map<String, Object> body(Complaint c) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source_id", c.trackingId());
        body.put("title", c.title());
        body.put("content", c.description());
        body.put("category", c.category());
        body.put("channel", c.channel().name());
        body.put("received_at", c.receivedAt().toString());
        body.put("anonymous", c.anonymous());
        body.put("confidential", c.confidential());
        if (c.location() != null) {
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("lat", c.location().lat());
            location.put("lon", c.location().lon());
            location.put("address", c.location().address());
            body.put("location", location);
        }
        return body;
    }

    /** Pulls the national status of forwarded complaints not asked for {@code statusInterval}. */
    public int pullStatuses() {
        Instant now = now();
        Instant stale = now.minus(statusInterval);
        Criteria due = Criteria.where("state").is(LaporForwarding.State.FORWARDED).orOperator(
                Criteria.where("statusPulledAt").is(null), Criteria.where("statusPulledAt").lt(stale));
        int pulled = 0;
        for (LaporForwarding candidate : mongo.find(Query.query(due).limit(BATCH), LaporForwarding.class)) {
            // claimed by moving statusPulledAt: one replica asks per interval
            LaporForwarding claimed = mongo.findAndModify(Query.query(Criteria.where("_id")
                            .is(candidate.complaintId()).andOperator(due)), new Update().set("statusPulledAt", now),
                    LaporForwarding.class);
            if (claimed == null) {
                continue;
            }
            try {
                String status = client.status(claimed.tenant(), claimed.laporTrackingId());
                if (status != null) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.complaintId())),
                            new Update().set("laporStatus", status).unset("lastError"), LaporForwarding.class);
                }
                pulled++;
            } catch (DeliveryFailure | CallNotPermittedException | BulkheadFullException e) {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.complaintId())),
                        new Update().set("lastError", e.getMessage()), LaporForwarding.class);
            }
        }
        return pulled;
    }

    private void later(LaporForwarding forwarding, String error, boolean attempted) {
        int attempts = forwarding.attempts() + (attempted ? 1 : 0);
        if (attempts >= backoff.maxAttempts()) {
            finish(forwarding, LaporForwarding.State.FAILED, new Update().set("lastError", error)
                    .set("attempts", attempts));
            count("given-up");
            return;
        }
        Duration wait = backoff.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(backoff.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(backoff.maxBackoff()) > 0) {
            wait = backoff.maxBackoff();
        }
        finish(forwarding, LaporForwarding.State.PENDING, new Update().set("lastError", error).set("attempts", attempts)
                .set("nextAttemptAt", now().plus(wait)).unset("claimedUntil"));
        count("retry");
    }

    private void finish(LaporForwarding forwarding, LaporForwarding.State state, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(forwarding.complaintId())
                .and("state").is(LaporForwarding.State.SENDING)), update.set("state", state), LaporForwarding.class);
    }

    private Duration lease() {
        return backoff.requestTimeout().plus(backoff.retryWait()).multipliedBy(backoff.retryAttempts() + 1L)
                .plusSeconds(30);
    }

    private void count(String outcome) {
        Counter.builder("terbuka.complaint.lapor.forwardings").tag("outcome", outcome)
                .description("Forwardings of complaints to SP4N-LAPOR!").register(meters).increment();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

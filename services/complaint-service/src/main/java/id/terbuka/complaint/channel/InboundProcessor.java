package id.terbuka.complaint.channel;

import id.terbuka.complaint.ComplaintSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Processes accepted webhook messages ({@link InboundDeliveries}) on every replica: each is claimed with a
 * conditional findAndModify ({@code PENDING and due}, or a {@code PROCESSING} claim whose holder died), handed to
 * {@link ChannelIntake} and marked DONE. Messages of one sender are processed in the order they were accepted (a
 * message waits while an earlier one of its sender is unprocessed); senders are processed in parallel. A failure
 * puts the message back with a back-off; a replica that dies mid-way leaves it to be claimed again after the lease.
 * Processing twice is harmless: the intake is idempotent by message id.
 * <p>
 * A replica processes what it accepted at once ({@link #nudge()}); the sweep picks up the rest.
 */
@Component
public class InboundProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final InboundDeliveries deliveries;
    private final ChannelIntake intake;
    private final JsonMapper json;
    private final ComplaintSettings.Inbound settings;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ExecutorService drainer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "inbound-drainer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean draining = new AtomicBoolean();

    InboundProcessor(MongoTemplate mongo, InboundDeliveries deliveries, ChannelIntake intake, JsonMapper json,
                     ComplaintSettings settings, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.intake = intake;
        this.json = json;
        this.settings = settings.inbound();
        this.meters = meters;
        this.clock = clock;
    }

    /** Asks for a round soon, without waiting for it; rounds asked for while one runs are folded into one more. */
    public void nudge() {
        requested.set(true);
        if (draining.compareAndSet(false, true)) {
            drainer.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (requested.getAndSet(false)) {
                while (processDue() > 0) {
                    // something moved on: there may be more (a sender's next message, a full batch)
                }
            }
        } catch (RuntimeException e) {
            log.warn("Inbound round failed; the next round retries: {}", e.toString());
        } finally {
            draining.set(false);
        }
        if (requested.get()) {
            nudge();
        }
    }

    @Scheduled(fixedDelayString = "${terbuka.complaint.inbound.sweep-interval:1s}",
            initialDelayString = "${terbuka.complaint.inbound.sweep-interval:1s}")
    void sweep() {
        nudge();
    }

    /** One round; returns how many messages it processed or put back for later. */
    public int processDue() {
        Instant now = now();
        List<InboundDelivery> due = mongo.find(Query.query(due(now)).with(Sort.by("sequence")).limit(BATCH),
                InboundDelivery.class);
        Map<String, List<InboundDelivery>> bySender = new LinkedHashMap<>();
        due.forEach(d -> bySender.computeIfAbsent(d.senderKey(), k -> new ArrayList<>()).add(d));
        Semaphore slots = new Semaphore(settings.concurrency());
        AtomicInteger handled = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            bySender.values().forEach(messages -> pool.submit(() -> {
                slots.acquireUninterruptibly();
                try {
                    for (InboundDelivery candidate : messages) {
                        InboundDelivery claimed = earlierUnprocessed(candidate) ? null : claim(candidate, now);
                        if (claimed == null) {
                            return;
                        }
                        handled.incrementAndGet();
                        if (!process(claimed)) {
                            return;
                        }
                    }
                } catch (RuntimeException e) {
                    log.warn("Inbound messages of a sender left for the next round: {}", e.toString());
                } finally {
                    slots.release();
                }
            }));
        }
        return handled.get();
    }

    private static Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("state").is(InboundDelivery.State.PENDING).and("nextAttemptAt").lte(now),
                Criteria.where("state").is(InboundDelivery.State.PROCESSING).and("claimedUntil").lt(now));
    }

    private boolean earlierUnprocessed(InboundDelivery delivery) {
        return mongo.exists(Query.query(Criteria.where("senderKey").is(delivery.senderKey())
                .and("sequence").lt(delivery.sequence())
                .and("state").in(InboundDelivery.State.PENDING, InboundDelivery.State.PROCESSING)),
                InboundDelivery.class);
    }

    /** @return the delivery as claimed, or null when another replica has it or it was processed meanwhile */
    private InboundDelivery claim(InboundDelivery delivery, Instant now) {
        Query claimable = Query.query(Criteria.where("_id").is(delivery.id()).andOperator(due(now)));
        return mongo.findAndModify(claimable, new Update().set("state", InboundDelivery.State.PROCESSING)
                        .set("claimedUntil", now.plus(settings.lease())),
                FindAndModifyOptions.options().returnNew(true), InboundDelivery.class);
    }

    /** @return true when done (the sender's next message may follow) */
    private boolean process(InboundDelivery delivery) {
        String outcome;
        try {
            JsonNode message = json.readTree(deliveries.open(delivery));
            ChannelIntake.Inbound inbound = switch (delivery.channel()) {
                case WHATSAPP -> WhatsAppWebhook.inbound(message);
                case TELEGRAM -> TelegramWebhook.inbound(message);
                default -> null;
            };
            outcome = inbound == null ? "IGNORED" : intake.receive(delivery.tenant(), delivery.channel(), inbound)
                    .name();
        } catch (RuntimeException e) {
            retryLater(delivery, e);
            return false;
        }
        // the payload (with the sender's number) is no longer needed: the record stays as redelivery guard
        finish(delivery, InboundDelivery.State.DONE, new Update().set("outcome", outcome).set("processedAt", now())
                .inc("attempts", 1).unset("sealedPayload").unset("claimedUntil").unset("lastError"));
        Timer.builder("terbuka.complaint.inbound.lag").tag("channel", delivery.channel().name())
                .description("From a webhook message's acceptance to the end of its processing")
                .publishPercentileHistogram().register(meters)
                .record(Duration.between(delivery.receivedAt(), now()));
        count(delivery, outcome.toLowerCase(java.util.Locale.ROOT));
        return true;
    }

    private void retryLater(InboundDelivery delivery, RuntimeException error) {
        int attempts = delivery.attempts() + 1;
        String reason = error.getClass().getSimpleName();
        if (attempts >= settings.maxAttempts()) {
            // set aside with its payload, so it can be looked at and replayed; the sender's next messages go on
            finish(delivery, InboundDelivery.State.FAILED, new Update().set("lastError", reason)
                    .set("attempts", attempts));
            count(delivery, "failed");
            log.warn("Inbound message {} set aside after {} attempts: {}", delivery.id(), attempts, error.toString());
            return;
        }
        finish(delivery, InboundDelivery.State.PENDING, new Update().set("lastError", reason).set("attempts", attempts)
                .set("nextAttemptAt", now().plus(backoff(attempts))).unset("claimedUntil"));
        count(delivery, "retry");
        log.info("Inbound message {} failed (attempt {}), retried later: {}", delivery.id(), attempts,
                error.toString());
    }

    /** initial × 2^(attempts-1), capped. */
    Duration backoff(int attempts) {
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    /** Only the claim holder moves a PROCESSING delivery on. */
    private void finish(InboundDelivery delivery, InboundDelivery.State state, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())
                .and("state").is(InboundDelivery.State.PROCESSING)), update.set("state", state),
                InboundDelivery.class);
    }

    private void count(InboundDelivery delivery, String outcome) {
        Counter.builder("terbuka.complaint.inbound").tag("channel", delivery.channel().name())
                .tag("outcome", outcome).description("Processed webhook messages").register(meters).increment();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

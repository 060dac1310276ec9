package id.terbuka.complaint.reply;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.ReplyContacts;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers queued replies (messaging platforms, and e-mails through {@link Mailer}), on every replica. Each message is claimed with a conditional findAndModify
 * ({@code PENDING and due}, or a {@code SENDING} claim whose holder died) so two replicas never send the same one;
 * a failed delivery goes back to PENDING with an exponential back-off, so replies wait in the queue while a
 * platform is down and all leave when it is back. Replies of one complaint leave in the order they were queued:
 * a message waits while an earlier one of the same complaint is unsent. Complaints are served in parallel (the
 * bulkhead caps the calls per platform).
 */
@Component
public class ReplySender {

    private static final Logger log = LoggerFactory.getLogger(ReplySender.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final GuardedPlatforms platforms;
    private final ReplyContacts contacts;
    private final Mailer mailer;
    private final ComplaintSettings.Replies settings;
    private final MeterRegistry meters;
    private final Clock clock;

    ReplySender(MongoTemplate mongo, GuardedPlatforms platforms, ReplyContacts contacts, Mailer mailer,
                ComplaintSettings settings, MeterRegistry meters, Clock clock) {
        this.mongo = mongo;
        this.platforms = platforms;
        this.contacts = contacts;
        this.mailer = mailer;
        this.settings = settings.replies();
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${terbuka.complaint.replies.sweep-interval:2s}",
            initialDelayString = "${terbuka.complaint.replies.sweep-interval:2s}")
    void sweep() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("Reply round failed; the next round retries: {}", e.toString());
        }
    }

    /** One round; returns how many replies this call delivered. */
    public int deliverDue() {
        Instant now = now();
        List<OutboundMessage> due = mongo.find(Query.query(due(now)).with(Sort.by("createdAt")).limit(BATCH),
                OutboundMessage.class);
        Map<String, List<OutboundMessage>> byComplaint = new LinkedHashMap<>();
        due.forEach(m -> byComplaint.computeIfAbsent(m.complaintId(), k -> new ArrayList<>()).add(m));
        AtomicInteger sent = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            byComplaint.values().forEach(messages -> pool.submit(() -> {
                for (OutboundMessage candidate : messages) {
                    OutboundMessage message = earlierUnsent(candidate) ? null : claim(candidate, now);
                    if (message == null || !deliver(message)) {
                        return;
                    }
                    sent.incrementAndGet();
                }
            }));
        }
        return sent.get();
    }

    private static Criteria due(Instant now) {
        return new Criteria().orOperator(
                Criteria.where("state").is(OutboundMessage.State.PENDING).and("nextAttemptAt").lte(now),
                Criteria.where("state").is(OutboundMessage.State.SENDING).and("claimedUntil").lt(now));
    }

    private boolean earlierUnsent(OutboundMessage message) {
        return mongo.exists(Query.query(Criteria.where("complaintId").is(message.complaintId())
                .and("createdAt").lt(message.createdAt())
                .and("state").in(OutboundMessage.State.PENDING, OutboundMessage.State.SENDING)), OutboundMessage.class);
    }

    /** @return the message as claimed, or null when another replica has it or it was sent meanwhile */
    private OutboundMessage claim(OutboundMessage message, Instant now) {
        // Long enough for every in-place retry of one delivery; a replica that dies leaves it to another after that.
        Duration lease = settings.requestTimeout().plus(settings.retryWait()).multipliedBy(settings.retryAttempts() + 1L)
                .plusSeconds(30);
        Query claimable = Query.query(Criteria.where("_id").is(message.id()).andOperator(due(now)));
        return mongo.findAndModify(claimable, new Update().set("state", OutboundMessage.State.SENDING)
                        .set("claimedUntil", now.plus(lease)), FindAndModifyOptions.options().returnNew(true),
                OutboundMessage.class);
    }

    /** @return true when the platform took it */
    private boolean deliver(OutboundMessage message) {
        boolean mail = !ReplyQueue.answers(message.channel());
        if (mail ? !mailer.configured() : !platforms.configured(message.tenant(), message.channel())) {
            finish(message, OutboundMessage.State.FAILED, new Update().set("lastError", "channel-not-configured"));
            count(message, "not-configured");
            return false;
        }
        var contact = contacts.open(message.complaintId());
        if (contact.isEmpty() || mail && !"EMAIL".equals(contact.get().kind())) {
            finish(message, OutboundMessage.State.FAILED, new Update().set("lastError", "no-reply-contact"));
            count(message, "no-contact");
            return false;
        }
        try {
            String address = contact.get().address();
            String platformId = mail ? platforms.guarded("email", () -> mailer.send(address, message.subject(),
                    message.text())) : platforms.send(message.tenant(), message.channel(), address, message.text());
            finish(message, OutboundMessage.State.SENT, new Update().set("sentAt", now())
                    .set("platformMessageId", platformId).inc("attempts", 1).unset("lastError"));
            count(message, "sent");
            return true;
        } catch (DeliveryFailure failure) {
            if (!failure.transientFailure()) {
                finish(message, OutboundMessage.State.FAILED, new Update().set("lastError", failure.getMessage())
                        .inc("attempts", 1));
                count(message, "refused");
                log.warn("Reply {} refused by {}: {}", message.id(), message.channel(), failure.getMessage());
                return false;
            }
            retryLater(message, failure.getMessage(), true);
        } catch (CallNotPermittedException | BulkheadFullException notCalled) {
            // The platform was not called: no attempt spent, try again after the back-off.
            retryLater(message, notCalled.getClass().getSimpleName(), false);
        }
        return false;
    }

    private void retryLater(OutboundMessage message, String error, boolean attempted) {
        int attempts = message.attempts() + (attempted ? 1 : 0);
        if (attempts >= settings.maxAttempts()) {
            finish(message, OutboundMessage.State.FAILED, new Update().set("lastError", error).set("attempts", attempts));
            count(message, "given-up");
            log.warn("Reply {} given up after {} deliveries: {}", message.id(), attempts, error);
            return;
        }
        Duration wait = backoff(attempts);
        finish(message, OutboundMessage.State.PENDING, new Update().set("lastError", error).set("attempts", attempts)
                .set("nextAttemptAt", now().plus(wait)).unset("claimedUntil"));
        count(message, "retry");
    }

    /** initial × 2^(attempts-1), capped. */
    Duration backoff(int attempts) {
        Duration wait = settings.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(settings.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    /** Only the claim holder moves a SENDING message on. */
    private void finish(OutboundMessage message, OutboundMessage.State state, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id())
                .and("state").is(OutboundMessage.State.SENDING)), update.set("state", state), OutboundMessage.class);
    }

    private void count(OutboundMessage message, String outcome) {
        String channel = ReplyQueue.answers(message.channel()) ? message.channel().name() : "EMAIL";
        Counter.builder("terbuka.complaint.replies").tag("channel", channel)
                .tag("outcome", outcome).description("Reply deliveries to reporters on messaging channels")
                .register(meters).increment();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

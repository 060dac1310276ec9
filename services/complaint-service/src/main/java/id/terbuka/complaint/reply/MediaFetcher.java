package id.terbuka.complaint.reply;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.attachment.Attachments;
import id.terbuka.complaint.complaint.Attachment;
import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.Complaint;
import id.terbuka.complaint.complaint.ComplaintService;
import id.terbuka.platform.problem.ApiException;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import java.util.Locale;

/**
 * Fetches the photos reporters sent on WhatsApp / Telegram and stores them as attachments of their complaint (so
 * they get the same content check and EXIF stripping as web uploads). Claimed, retried and guarded like the
 * replies: on every replica, with back-off while the platform is down, through the platform's resilience4j set.
 */
@Component
public class MediaFetcher {

    private static final Logger log = LoggerFactory.getLogger(MediaFetcher.class);
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final GuardedPlatforms platforms;
    private final Attachments attachments;
    private final ComplaintService complaints;
    private final ComplaintSettings settings;
    private final Clock clock;

    MediaFetcher(MongoTemplate mongo, GuardedPlatforms platforms, Attachments attachments,
                 ComplaintService complaints, ComplaintSettings settings, Clock clock) {
        this.mongo = mongo;
        this.platforms = platforms;
        this.attachments = attachments;
        this.complaints = complaints;
        this.settings = settings;
        this.clock = clock;
    }

    /** @param key the inbound message; the same key twice queues one fetch */
    public void enqueue(String key, String tenant, String complaintId, Channel channel, String mediaId) {
        if (mediaId == null || mediaId.isBlank() || !ReplyQueue.answers(channel)) {
            return;
        }
        Instant now = now();
        try {
            mongo.insert(new MediaFetch(key, tenant, complaintId, channel, mediaId, MediaFetch.State.PENDING, 0, now,
                    now, null, null, null));
        } catch (DuplicateKeyException alreadyQueued) {
            // a redelivered message
        }
    }

    @Scheduled(fixedDelayString = "${terbuka.complaint.replies.sweep-interval:2s}",
            initialDelayString = "${terbuka.complaint.replies.sweep-interval:2s}")
    void sweep() {
        try {
            fetchDue();
        } catch (RuntimeException e) {
            log.warn("Media round failed; the next round retries: {}", e.toString());
        }
    }

    /** One round; returns how many photos this call stored. */
    public int fetchDue() {
        Instant now = now();
        Criteria due = new Criteria().orOperator(
                Criteria.where("state").is(MediaFetch.State.PENDING).and("nextAttemptAt").lte(now),
                Criteria.where("state").is(MediaFetch.State.FETCHING).and("claimedUntil").lt(now));
        int stored = 0;
        for (MediaFetch candidate : mongo.find(Query.query(due).with(Sort.by("createdAt")).limit(BATCH),
                MediaFetch.class)) {
            MediaFetch claimed = mongo.findAndModify(Query.query(Criteria.where("_id").is(candidate.id())
                            .andOperator(due)), new Update().set("state", MediaFetch.State.FETCHING)
                            .set("claimedUntil", now.plus(Duration.ofMinutes(2))),
                    FindAndModifyOptions.options().returnNew(true), MediaFetch.class);
            if (claimed != null && fetch(claimed)) {
                stored++;
            }
        }
        return stored;
    }

    private boolean fetch(MediaFetch fetch) {
        Complaint complaint = complaints.byId(fetch.complaintId()).orElse(null);
        if (complaint == null) {
            finish(fetch, MediaFetch.State.FAILED, new Update().set("lastError", "complaint-gone"));
            return false;
        }
        try {
            byte[] bytes = platforms.download(fetch.tenant(), fetch.channel(), fetch.mediaId(),
                    settings.attachments().maxBytes());
            String name = "foto-" + fetch.channel().name().toLowerCase(Locale.ROOT) + "-"
                    + (complaint.attachments().size() + 1) + ".jpg";
            Attachment attachment = attachments.add(complaint, name, bytes, "REPORTER");
            finish(fetch, MediaFetch.State.STORED, new Update().set("attachmentId", attachment.id())
                    .inc("attempts", 1).unset("lastError").unset("claimedUntil"));
            return true;
        } catch (DeliveryFailure failure) {
            if (failure.transientFailure()) {
                later(fetch, failure.getMessage(), true);
            } else {
                finish(fetch, MediaFetch.State.FAILED, new Update().set("lastError", failure.getMessage())
                        .inc("attempts", 1));
            }
        } catch (ApiException refused) {
            // not a photo we take (type, size, count) or the complaint is closed: nothing to retry
            finish(fetch, MediaFetch.State.FAILED, new Update().set("lastError", refused.typeSlug()).inc("attempts", 1));
        } catch (OptimisticLockingFailureException concurrentChange) {
            later(fetch, "concurrent change", false);
        } catch (CallNotPermittedException | BulkheadFullException notCalled) {
            later(fetch, notCalled.getClass().getSimpleName(), false);
        }
        return false;
    }

    private void later(MediaFetch fetch, String error, boolean attempted) {
        int attempts = fetch.attempts() + (attempted ? 1 : 0);
        ComplaintSettings.Replies backoff = settings.replies();
        if (attempts >= backoff.maxAttempts()) {
            finish(fetch, MediaFetch.State.FAILED, new Update().set("lastError", error).set("attempts", attempts));
            return;
        }
        Duration wait = backoff.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(backoff.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(backoff.maxBackoff()) > 0) {
            wait = backoff.maxBackoff();
        }
        finish(fetch, MediaFetch.State.PENDING, new Update().set("lastError", error).set("attempts", attempts)
                .set("nextAttemptAt", now().plus(wait)).unset("claimedUntil"));
    }

    private void finish(MediaFetch fetch, MediaFetch.State state, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(fetch.id()).and("state").is(MediaFetch.State.FETCHING)),
                update.set("state", state), MediaFetch.class);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

package id.terbuka.identity.reminder;

import id.terbuka.identity.account.UserAccount;
import id.terbuka.identity.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * Sends the queued staff reminders through the {@link Mailer}, on every replica. Each mail is claimed with a
 * conditional findAndModify (PENDING, due, unclaimed or its claim expired → claimed for a minute), so two replicas
 * never send the same one at once; SENT once the server accepted it. When the server is down the mail stays PENDING
 * and is retried (30 s doubling up to an hour; after 60 attempts FAILED). A replica dying between sending and
 * marking may send one mail twice; none is lost.
 */
@Component
public class StaffReminderRelay {

    private static final Logger log = LoggerFactory.getLogger(StaffReminderRelay.class);
    static final int MAX_ATTEMPTS = 60;
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final Mailer mailer;
    private final Clock clock;

    StaffReminderRelay(MongoTemplate mongo, Mailer mailer, Clock clock) {
        this.mongo = mongo;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${terbuka.identity.reminders.interval-ms:5000}",
            initialDelayString = "${terbuka.identity.reminders.initial-delay-ms:15000}")
    void run() {
        try {
            sendDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Staff reminder round failed; the next round retries: {}", e.toString());
        }
    }

    /** Sends what is due at {@code now}; returns how many mails THIS call handed to the server. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            StaffReminderMail claimed = claim(now);
            if (claimed == null) {
                break;
            }
            try {
                sent += deliver(claimed, now) ? 1 : 0;
            } catch (RuntimeException e) {
                // left claimed: retried once the claim expires, without holding up the others
                log.warn("Staff reminder {} could not be handled: {}", claimed.id(), e.toString());
            }
        }
        return sent;
    }

    private StaffReminderMail claim(Instant now) {
        Query due = Query.query(Criteria.where("status").is(StaffReminderMail.Status.PENDING)
                .and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("lockedUntil").is(null), Criteria.where("lockedUntil").lt(now)));
        return mongo.findAndModify(due, new Update().set("lockedUntil", now.plus(CLAIM)),
                FindAndModifyOptions.options().returnNew(true), StaffReminderMail.class);
    }

    private boolean deliver(StaffReminderMail claimed, Instant now) {
        Query mine = Query.query(Criteria.where("_id").is(claimed.id()));
        UserAccount user = mongo.findById(claimed.userId(), UserAccount.class);
        if (user == null || !user.active() || user.email() == null || user.email().isBlank()) {
            mongo.updateFirst(mine, new Update().set("status", StaffReminderMail.Status.SKIPPED)
                    .unset("lockedUntil"), StaffReminderMail.class);
            return false;
        }
        if (mailer.send(user.email(), claimed.subject(), claimed.text())) {
            mongo.updateFirst(mine, new Update().set("status", StaffReminderMail.Status.SENT).set("sentAt", now)
                    .inc("attempts", 1).unset("lockedUntil").unset("lastError"), StaffReminderMail.class);
            return true;
        }
        int attempts = claimed.attempts() + 1;
        Update retry = new Update().set("attempts", attempts).set("lastError", "not sent")
                .set("nextAttemptAt", now.plus(backoff(attempts)).truncatedTo(ChronoUnit.MILLIS))
                .unset("lockedUntil");
        if (attempts >= MAX_ATTEMPTS) {
            retry.set("status", StaffReminderMail.Status.FAILED);
            log.error("Staff reminder {} failed {} times; given up", claimed.id(), attempts);
        }
        mongo.updateFirst(mine, retry, StaffReminderMail.class);
        return false;
    }

    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}

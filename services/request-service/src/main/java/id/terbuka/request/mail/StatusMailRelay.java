package id.terbuka.request.mail;

import id.terbuka.platform.crypto.FieldCipher;
import id.terbuka.request.information.InformationRequest;
import id.terbuka.request.information.InformationRequestRepository;
import id.terbuka.request.information.RequestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Sends the queued status mails over SMTP, on every replica. Each mail is claimed with a conditional
 * findAndModify (PENDING, due, not claimed or its claim expired → claimed for a minute), so two replicas never send
 * the same mail at once; it is marked SENT after the server accepted it. When the server is down the mail stays
 * PENDING and is retried with a growing pause (30 s doubling up to an hour), for two days' worth of attempts, then
 * marked FAILED and logged. A replica dying between sending and marking can send one mail twice; nothing is lost.
 */
@Component
public class StatusMailRelay {

    private static final Logger log = LoggerFactory.getLogger(StatusMailRelay.class);
    static final int MAX_ATTEMPTS = 60;
    private static final Duration CLAIM = Duration.ofMinutes(1);
    private static final int BATCH = 50;

    private final MongoTemplate mongo;
    private final InformationRequestRepository requests;
    private final FieldCipher box;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;

    StatusMailRelay(MongoTemplate mongo, InformationRequestRepository requests, FieldCipher box,
                    ObjectProvider<JavaMailSender> sender, Clock clock,
                    @Value("${terbuka.request.mail.from}") String from) {
        this.mongo = mongo;
        this.requests = requests;
        this.box = box;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${terbuka.request.mail.interval-ms:5000}",
            initialDelayString = "${terbuka.request.mail.initial-delay-ms:15000}")
    void run() {
        try {
            sendDue(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Status mail round failed; the next round retries: {}", e.toString());
        }
    }

    /** Sends what is due at {@code now}; returns how many mails THIS call handed to the server. */
    public int sendDue(Instant now) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            StatusMail claimed = claim(now);
            if (claimed == null) {
                break;
            }
            sent += deliver(mail, claimed, now) ? 1 : 0;
        }
        return sent;
    }

    private StatusMail claim(Instant now) {
        Query due = Query.query(Criteria.where("status").is(StatusMail.Status.PENDING).and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("lockedUntil").is(null), Criteria.where("lockedUntil").lt(now)));
        return mongo.findAndModify(due, new Update().set("lockedUntil", now.plus(CLAIM)),
                FindAndModifyOptions.options().returnNew(true), StatusMail.class);
    }

    private boolean deliver(JavaMailSender mail, StatusMail claimed, Instant now) {
        Query mine = Query.query(Criteria.where("_id").is(claimed.id()));
        InformationRequest request = requests.findById(claimed.requestId()).orElse(null);
        String to = request == null ? null : box.open(request.requester().emailSealed(),
                RequestService.aad(request.id(), "email"));
        if (to == null) {
            mongo.updateFirst(mine, new Update().set("status", StatusMail.Status.SKIPPED).unset("lockedUntil"),
                    StatusMail.class);
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(claimed.subject());
        message.setText(claimed.text());
        try {
            mail.send(message);
            mongo.updateFirst(mine, new Update().set("status", StatusMail.Status.SENT).set("sentAt", now)
                    .inc("attempts", 1).unset("lockedUntil").unset("lastError"), StatusMail.class);
            return true;
        } catch (MailException e) {
            int attempts = claimed.attempts() + 1;
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            Update retry = new Update().set("attempts", attempts).set("lastError", e.getClass().getSimpleName())
                    .set("nextAttemptAt", now.plus(backoff(attempts)).truncatedTo(ChronoUnit.MILLIS))
                    .unset("lockedUntil");
            if (giveUp) {
                retry.set("status", StatusMail.Status.FAILED);
                log.error("Status mail {} for request {} failed {} times; given up", claimed.id(),
                        claimed.requestId(), attempts);
            } else {
                // the exception's message can name the recipient: only its type is logged
                log.warn("Status mail {} not sent ({}); retry #{}", claimed.id(), e.getClass().getSimpleName(),
                        attempts);
            }
            mongo.updateFirst(mine, retry, StatusMail.class);
            return false;
        }
    }

    static Duration backoff(int attempts) {
        long seconds = 30L << Math.min(attempts - 1, 7);
        return Duration.ofSeconds(Math.min(seconds, 3600));
    }
}

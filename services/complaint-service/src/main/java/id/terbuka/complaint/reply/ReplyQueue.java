package id.terbuka.complaint.reply;

import id.terbuka.complaint.complaint.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Queues replies for {@link ReplySender}: messages on the reporter's messaging channel (WhatsApp, Telegram), and
 * e-mails to web / Open311 reporters who left an e-mail address.
 */
@Component
public class ReplyQueue {

    private final MongoTemplate mongo;
    private final Clock clock;

    ReplyQueue(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static boolean answers(Channel channel) {
        return channel == Channel.WHATSAPP || channel == Channel.TELEGRAM;
    }

    /**
     * @param key what caused the reply (event id, inbound message); the same key twice queues one message
     * @return false when the key was queued before
     */
    public boolean enqueue(String key, String tenant, String complaintId, Channel channel, String text) {
        if (!answers(channel)) {
            return false;
        }
        return insert(key, tenant, complaintId, channel, text, null);
    }

    /**
     * An e-mail to the reporter of a web / Open311 complaint (sent to its sealed e-mail reply contact).
     *
     * @return false when the key was queued before
     */
    public boolean enqueueMail(String key, String tenant, String complaintId, Channel channel, String subject,
                               String text) {
        if (answers(channel)) {
            return false;
        }
        return insert(key, tenant, complaintId, channel, text, subject);
    }

    private boolean insert(String key, String tenant, String complaintId, Channel channel, String text,
                           String subject) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            mongo.insert(new OutboundMessage(key, tenant, complaintId, channel, text, OutboundMessage.State.PENDING, 0,
                    now, now, null, null, null, null, subject));
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }
}

package id.terbuka.complaint.reply;

import id.terbuka.complaint.complaint.Channel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Queues replies for {@link ReplySender}; only messaging channels (WhatsApp, Telegram) are answered this way. */
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
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            mongo.insert(new OutboundMessage(key, tenant, complaintId, channel, text, OutboundMessage.State.PENDING, 0,
                    now, now, null, null, null, null));
            return true;
        } catch (DuplicateKeyException alreadyQueued) {
            return false;
        }
    }
}

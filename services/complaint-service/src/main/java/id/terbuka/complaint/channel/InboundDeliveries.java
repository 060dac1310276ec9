package id.terbuka.complaint.channel;

import id.terbuka.complaint.complaint.Channel;
import id.terbuka.platform.crypto.FieldCipher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Durable acceptance of webhook messages: one insert per message, then the webhook answers. Processing (opening or
 * joining the complaint, the bot's reply) is {@link InboundProcessor}'s, so the platform's acknowledgement does not
 * wait for it.
 */
@Component
public class InboundDeliveries {

    private final MongoTemplate mongo;
    private final FieldCipher box;
    private final ChannelIntake intake;
    private final Clock clock;

    InboundDeliveries(MongoTemplate mongo, FieldCipher box, ChannelIntake intake, Clock clock) {
        this.mongo = mongo;
        this.box = box;
        this.intake = intake;
        this.clock = clock;
    }

    static String sourceKey(Channel channel, String tenant, String messageId) {
        return channel.name().toLowerCase(Locale.ROOT) + ":" + tenant + ":" + messageId;
    }

    /**
     * @param position the message's place in its delivery (keeps the order of several messages of one POST)
     * @param raw      the platform's JSON of this one message, kept sealed until processed
     * @return true when stored now, false when it had been accepted before (a redelivery)
     */
    public boolean accept(String tenant, Channel channel, ChannelIntake.Inbound message, int position, String raw) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = sourceKey(channel, tenant, message.messageId());
        try {
            mongo.insert(new InboundDelivery(id, tenant, channel, intake.senderKey(channel, tenant, message.from()),
                    now.toEpochMilli() * 1000 + Math.min(position, 999), box.seal(raw,
                    InboundDelivery.associatedData(id)), InboundDelivery.State.PENDING, 0, now, now, null, null,
                    null, null));
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }

    String open(InboundDelivery delivery) {
        return box.open(delivery.sealedPayload(), InboundDelivery.associatedData(delivery.id()));
    }
}

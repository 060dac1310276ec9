package id.terbuka.complaint.channel;

import id.terbuka.complaint.complaint.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One inbound message as the webhook accepted it, before it is processed. The id is the message's source key
 * ({@code <channel>:<tenant>:<platform message id>}), so a redelivery stores nothing. The raw message is kept
 * sealed (it carries the sender's number) until it is processed, then dropped: the record stays as the
 * redelivery guard and the outcome.
 *
 * @param senderKey     the conversation key (keyed hash): messages of one sender are processed in {@code sequence}
 * @param sequence      acceptance order (epoch millisecond × 1000 + position in the delivery)
 * @param claimedUntil  while PROCESSING: a replica processes it until then; after that another may take it over
 * @param processedAt   when DONE; the record (no content by then) is deleted 30 days later, long after the platforms
 *                      stop redelivering (the complaint's own source key and message ids still guard after that)
 * @param outcome       OPENED, JOINED, DUPLICATE or IGNORED once DONE
 */
@Document(InboundDelivery.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "state_next", def = "{'state': 1, 'nextAttemptAt': 1}"),
        @CompoundIndex(name = "sender_sequence", def = "{'senderKey': 1, 'sequence': 1}")})
public record InboundDelivery(@Id String id, String tenant, Channel channel, String senderKey, long sequence,
                              String sealedPayload, State state, int attempts, Instant receivedAt,
                              Instant nextAttemptAt, Instant claimedUntil,
                              @Indexed(name = "processed_ttl", expireAfter = "30d") Instant processedAt,
                              String outcome,
                              String lastError) {

    public static final String COLLECTION = "inbound_deliveries";

    public enum State { PENDING, PROCESSING, DONE, FAILED }

    static String associatedData(String id) {
        return "inbound:" + id;
    }
}

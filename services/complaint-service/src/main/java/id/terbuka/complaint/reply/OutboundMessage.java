package id.terbuka.complaint.reply;

import id.terbuka.complaint.complaint.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A message to a reporter on their messaging channel, queued before it is sent so nothing is lost while the platform
 * is down. The id is derived from what caused it (the event id, the inbound message), so a redelivered cause queues
 * nothing twice. The text carries no address: the sender opens the sealed reply contact when it sends.
 *
 * Messages of complaints that came through the web or Open311 ({@link ReplyQueue#answers} false) are e-mails to
 * the reporter's sealed e-mail contact, with a {@code subject}.
 *
 * @param claimedUntil while SENDING: a replica delivers it until then; after that another may take it over
 */
@Document(OutboundMessage.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "state_next", def = "{'state': 1, 'nextAttemptAt': 1}"),
        @CompoundIndex(name = "complaint_created", def = "{'complaintId': 1, 'createdAt': 1}")})
public record OutboundMessage(@Id String id, String tenant, String complaintId, Channel channel, String text,
                              State state, int attempts, Instant createdAt, Instant nextAttemptAt,
                              Instant claimedUntil, Instant sentAt, String platformMessageId, String lastError,
                              String subject) {

    public static final String COLLECTION = "outbound_messages";

    public enum State { PENDING, SENDING, SENT, FAILED }
}

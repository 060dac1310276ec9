package id.terbuka.complaint.reply;

import id.terbuka.complaint.complaint.Channel;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A photo a reporter sent on a messaging channel, to be fetched from the platform and stored as an attachment of
 * the complaint. Queued by the webhook (which must answer at once), keyed by the inbound message so a redelivery
 * queues nothing twice.
 */
@Document(MediaFetch.COLLECTION)
@CompoundIndexes({@CompoundIndex(name = "state_next", def = "{'state': 1, 'nextAttemptAt': 1}")})
public record MediaFetch(@Id String id, String tenant, String complaintId, Channel channel, String mediaId,
                         State state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant claimedUntil,
                         String attachmentId, String lastError) {

    public static final String COLLECTION = "media_fetches";

    public enum State { PENDING, FETCHING, STORED, FAILED }
}

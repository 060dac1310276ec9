package id.terbuka.complaint.lapor;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A complaint the coordinator forwarded to SP4N-LAPOR!, one per complaint (the id is the complaint's): it is the
 * outbox entry of the forwarding (PENDING until the national system took it, retried with back-off while it is
 * down) and then the record of its status there, pulled back periodically.
 *
 * @param laporTrackingId the national system's id, once it took the complaint
 * @param laporStatus     the status the national system reported last
 */
@Document(LaporForwarding.COLLECTION)
@CompoundIndexes({@CompoundIndex(name = "state_next", def = "{'state': 1, 'nextAttemptAt': 1}")})
public record LaporForwarding(@Id String complaintId, String tenant, String trackingId, State state, int attempts,
                              Instant requestedAt, String requestedBy, Instant nextAttemptAt, Instant claimedUntil,
                              Instant forwardedAt, String laporTrackingId, String laporStatus, Instant statusPulledAt,
                              String lastError) {

    public static final String COLLECTION = "lapor_forwardings";

    public enum State { PENDING, SENDING, FORWARDED, FAILED }
}

package id.terbuka.identity.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One line of the audit log: who ({@code actor}, a username, user id or client id; {@code anonymous} before sign-in)
 * did what to what ({@code target}), when and from where (the client address the gateway saw). Append-only.
 */
@Document("audit_log")
@CompoundIndex(name = "tenant_at", def = "{'tenant': 1, 'at': -1}")
public record AuditEntry(@Id String id, String tenant, Instant at, String actor, AuditAction action, String target,
                         String ip, String detail) {
}

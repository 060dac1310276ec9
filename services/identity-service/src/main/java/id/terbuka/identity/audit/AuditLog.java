package id.terbuka.identity.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.UUID;

/** Writes and pages the audit log. Writing never fails the action it records: a lost line is logged instead. */
@Component
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    /** Entries of sign-in attempts for usernames that name no tenant. */
    public static final String PLATFORM = "-";

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(String tenant, String actor, AuditAction action, String target, String detail) {
        AuditEntry entry = new AuditEntry(UUID.randomUUID().toString(), tenant == null ? PLATFORM : tenant,
                clock.instant(), actor == null ? "anonymous" : actor, action, target, clientAddress(), detail);
        try {
            mongo.insert(entry);
        } catch (RuntimeException e) {
            log.error("Audit entry not stored: {}", entry, e);
        }
    }

    public Page<AuditEntry> page(String tenant, int page, int size) {
        Query query = new Query(Criteria.where("tenant").is(tenant));
        PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "at"));
        var items = mongo.find(new Query(Criteria.where("tenant").is(tenant)).with(request), AuditEntry.class);
        return PageableExecutionUtils.getPage(items, request, () -> mongo.count(query, AuditEntry.class));
    }

    /**
     * The client's address: the first hop of {@code X-Forwarded-For} as set by the gateway, else the peer address.
     * identity-service is reachable only through the gateway in a deployment, which overwrites the header.
     */
    static String clientAddress() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return request.getRemoteAddr();
    }
}

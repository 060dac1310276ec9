package id.terbuka.identity.unit;

import id.terbuka.events.contracts.identity.UnitClosed;
import id.terbuka.events.contracts.identity.UnitCreated;
import id.terbuka.events.contracts.identity.UnitRenamed;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.problem.ApiException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An OPD (Organisasi Perangkat Daerah) of a tenant: the unit that holds information, answers requests and
 * complaints and writes news. Its code is unique in the tenant, closed units included, so that a code in old
 * records still names one unit. Closing is final: a closed unit keeps its history but takes no new work and can
 * no longer be renamed. Every change is published with the unit's revision so other services' copies can ignore
 * late events.
 */
@Document("units")
@CompoundIndex(name = "tenant_code", def = "{'tenant': 1, 'code': 1}", unique = true)
public class Unit extends AggregateRoot {

    @Id
    private final String id;
    private final String tenant;
    private String code;
    private String name;
    private final UnitKind kind;
    private UnitStatus status;
    private long revision;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Unit(String id, String tenant, String code, String name, UnitKind kind, UnitStatus status, long revision,
         Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.tenant = tenant;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.status = status;
        this.revision = revision;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Unit create(String tenant, String code, String name, UnitKind kind, Instant now) {
        Unit unit = new Unit(UUID.randomUUID().toString(), tenant, code, name, kind, UnitStatus.ACTIVE, 0, now, now);
        unit.recordEvent(UnitCreated.TYPE, tenant, new UnitCreated(unit.id, tenant, code, name, kind.name()), now);
        return unit;
    }

    /**
     * Gives the unit a new code and/or name ({@code null} keeps the current one). Returns false, recording nothing,
     * when nothing changes; a closed unit refuses with the problem {@code unit-closed} (409).
     */
    boolean rename(String newCode, String newName, Instant now) {
        requireActive();
        String nextCode = newCode == null ? code : newCode;
        String nextName = newName == null ? name : newName;
        if (nextCode.equals(code) && nextName.equals(name)) {
            return false;
        }
        code = nextCode;
        name = nextName;
        revision++;
        updatedAt = now;
        recordEvent(UnitRenamed.TYPE, tenant, new UnitRenamed(id, tenant, code, name, kind.name(), revision), now);
        return true;
    }

    /** Closes the unit for good; returns false, recording nothing, when it was already closed. */
    boolean close(Instant now) {
        if (status == UnitStatus.CLOSED) {
            return false;
        }
        status = UnitStatus.CLOSED;
        revision++;
        updatedAt = now;
        recordEvent(UnitClosed.TYPE, tenant, new UnitClosed(id, tenant, revision), now);
        return true;
    }

    /** Whether the code would change, so the service knows to check that the new one is free. */
    boolean wouldChangeCode(String newCode) {
        return newCode != null && !Objects.equals(newCode, code);
    }

    private void requireActive() {
        if (status == UnitStatus.CLOSED) {
            throw ApiException.conflict("unit-closed", code);
        }
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
    }

    public UnitStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == UnitStatus.ACTIVE;
    }

    public long revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

package id.terbuka.platform.directory;

import id.terbuka.events.contracts.identity.UnitClosed;
import id.terbuka.events.contracts.identity.UnitCreated;
import id.terbuka.events.contracts.identity.UnitRenamed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The OPDs (units) this service knows, kept current from {@code identity.events} so that a service can check a
 * unit id or show a unit's name without calling identity. Every apply is a conditional update of one document, so
 * a redelivered event changes nothing and a late, older one cannot undo a newer state: code, name and kind are
 * taken only from a higher revision than the stored ones, and a closure is final.
 *
 * <p>Not cached in memory: with several replicas only one of them applies a given event, and a cached "active"
 * would keep a closed unit usable on the others.
 */
public class LocalUnitDirectory {

    private static final Logger log = LoggerFactory.getLogger(LocalUnitDirectory.class);

    private final MongoTemplate mongo;

    public LocalUnitDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
        try {
            mongo.indexOps(LocalUnit.class).createIndex(new Index().on("tenant", Sort.Direction.ASC)
                    .on("status", Sort.Direction.ASC).named("tenant_status"));
        } catch (RuntimeException e) {
            log.warn("Could not create the index of directory_units; listing scans instead: {}", e.toString());
        }
    }

    /** The unit, active or closed; empty if this service has not heard of it. */
    public Optional<LocalUnit> find(String unitId) {
        return unitId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(unitId, LocalUnit.class));
    }

    /** Several units by id in one query (by {@code _id} only, so every MongoDB server answers it from the id index). */
    public Map<String, LocalUnit> findAll(Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(unitIds)), LocalUnit.class).stream()
                .collect(Collectors.toMap(LocalUnit::unitId, unit -> unit));
    }

    /** The active units of a tenant, ordered by code. */
    public List<LocalUnit> activeUnits(String tenant) {
        return mongo.find(Query.query(Criteria.where("tenant").is(tenant).and("status").is(LocalUnit.ACTIVE))
                .with(Sort.by("code")), LocalUnit.class);
    }

    /** Whether {@code unitId} is an active unit of {@code tenant} (a unit of another tenant is not). */
    public boolean isActiveUnit(String tenant, String unitId) {
        return find(unitId).filter(unit -> unit.tenant().equals(tenant) && unit.active()).isPresent();
    }

    void apply(UnitCreated event) {
        applyDetails(event.unitId(), event.tenant(), event.code(), event.name(), event.kind(), 0);
    }

    void apply(UnitRenamed event) {
        applyDetails(event.unitId(), event.tenant(), event.code(), event.name(), event.kind(), event.revision());
    }

    void apply(UnitClosed event) {
        Query unit = Query.query(Criteria.where("_id").is(event.unitId()));
        Update close = new Update().set("status", LocalUnit.CLOSED).max("revision", event.revision());
        if (mongo.updateFirst(unit, close, LocalUnit.class).getMatchedCount() > 0) {
            return;
        }
        // Closed before its creation arrived (e.g. a partial replay): remember the closure, details come later.
        try {
            mongo.insert(new LocalUnit(event.unitId(), event.tenant(), null, null, null, LocalUnit.CLOSED,
                    event.revision(), -1));
        } catch (DuplicateKeyException insertedConcurrently) {
            mongo.updateFirst(unit, close, LocalUnit.class);
        }
    }

    private void applyDetails(String unitId, String tenant, String code, String name, String kind, long revision) {
        Query older = Query.query(Criteria.where("_id").is(unitId).and("detailsRevision").lt(revision));
        Update details = new Update().set("tenant", tenant).set("code", code).set("name", name).set("kind", kind)
                .set("detailsRevision", revision).max("revision", revision);
        if (mongo.updateFirst(older, details, LocalUnit.class).getMatchedCount() > 0) {
            return;
        }
        if (mongo.exists(Query.query(Criteria.where("_id").is(unitId)), LocalUnit.class)) {
            return; // already at this revision or newer: a redelivery or a late event
        }
        try {
            mongo.insert(new LocalUnit(unitId, tenant, code, name, kind, LocalUnit.ACTIVE, revision, revision));
        } catch (DuplicateKeyException insertedConcurrently) {
            mongo.updateFirst(older, details, LocalUnit.class);
        }
    }
}

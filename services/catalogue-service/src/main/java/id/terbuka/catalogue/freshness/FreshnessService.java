package id.terbuka.catalogue.freshness;

import id.terbuka.catalogue.CatalogueSettings;
import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.EntryStatus;
import id.terbuka.catalogue.information.UpdateFrequency;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import org.bson.Document;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per unit of a tenant: active entries, stale BERKALA entries, last update and a traffic light. Every active unit
 * is listed (one without entries is RED), plus closed units that still hold active entries. Reads only the four
 * fields it needs of the tenant's active entries.
 */
@Service
public class FreshnessService {

    private final MongoTemplate mongo;
    private final LocalUnitDirectory units;
    private final CatalogueSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    FreshnessService(MongoTemplate mongo, LocalUnitDirectory units, CatalogueSettings settings,
                     MessageSource messages, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    public FreshnessReport report(String tenant) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        CatalogueSettings.Thresholds thresholds = settings.freshness().forTenant(tenant);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (LocalUnit unit : units.activeUnits(tenant)) {
            tallies.put(unit.unitId(), new Tally(unit.unitId(), unit.code(), unit.name()));
        }
        Query active = Query.query(Criteria.where("tenant").is(tenant).and("status").is(EntryStatus.ACTIVE));
        active.fields().include("unitId", "category", "updateFrequency", "lastUpdatedAt");
        for (Document entry : mongo.find(active, Document.class, "information_entries")) {
            String unitId = entry.getString("unitId");
            Tally tally = tallies.computeIfAbsent(unitId, id -> units.find(id)
                    .map(u -> new Tally(id, u.code(), u.name())).orElseGet(() -> new Tally(id, null, null)));
            Instant lastUpdate = instant(entry.get("lastUpdatedAt"));
            tally.entries++;
            if (lastUpdate != null && (tally.lastUpdate == null || lastUpdate.isAfter(tally.lastUpdate))) {
                tally.lastUpdate = lastUpdate;
            }
            String frequency = entry.getString("updateFrequency");
            if (Category.BERKALA.name().equals(entry.getString("category")) && frequency != null
                    && lastUpdate != null && UpdateFrequency.valueOf(frequency).lapsed(lastUpdate, now)) {
                tally.stale++;
            }
        }
        List<UnitFreshness> result = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            FreshnessStatus status = Freshness.status(tally.entries, tally.stale, tally.lastUpdate, now, thresholds);
            result.add(new UnitFreshness(tally.unitId, tally.code, tally.name, tally.entries, tally.stale,
                    tally.lastUpdate, tally.lastUpdate == null ? null : Freshness.daysSince(tally.lastUpdate, now),
                    status, messages.getMessage("freshness." + status, null, status.name(),
                    LocaleContextHolder.getLocale())));
        }
        result.sort(Comparator.comparing((UnitFreshness u) -> u.unitCode() == null ? "\uffff" : u.unitCode())
                .thenComparing(UnitFreshness::unitId));
        return new FreshnessReport(tenant, now, thresholds.greenDays(), thresholds.yellowDays(), result);
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }

    private static final class Tally {
        final String unitId;
        final String code;
        final String name;
        int entries;
        int stale;
        Instant lastUpdate;

        Tally(String unitId, String code, String name) {
            this.unitId = unitId;
            this.code = code;
            this.name = name;
        }
    }

    /** The tenant's freshness, with the thresholds in force. */
    public record FreshnessReport(String tenant, Instant generatedAt, int greenDays, int yellowDays,
                                  List<UnitFreshness> units) {
    }

    /**
     * @param entries             active entries of the unit
     * @param staleEntries        BERKALA entries whose last update is older than their update frequency
     * @param lastUpdatedAt       the latest update of any of its entries
     * @param daysSinceLastUpdate whole days since then
     */
    public record UnitFreshness(String unitId, String unitCode, String unitName, int entries, int staleEntries,
                                Instant lastUpdatedAt, Long daysSinceLastUpdate, FreshnessStatus status,
                                String statusLabel) {
    }
}

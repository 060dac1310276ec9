package id.terbuka.catalogue.dip;

import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.EntryStatus;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.platform.config.PlatformAutoConfiguration;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the Daftar Informasi Publik of a tenant (or of one unit) from MongoDB and hands it row by row to a writer.
 * The DIP lists the public information a body holds, without the excluded information (Perki 1/2021 Pasal 1
 * angka 20): active entries of the categories BERKALA, SERTA_MERTA and SETIAP_SAAT, grouped by unit (by unit code),
 * within a unit by category and title. Texts are Indonesian whatever the caller's language: it is the official list.
 */
@Service
public class DipTable {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            PlatformAutoConfiguration.INDONESIAN);
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private final MongoTemplate mongo;
    private final LocalUnitDirectory units;
    private final LocalTenantDirectory tenants;
    private final MessageSource messages;
    private final Clock clock;

    DipTable(MongoTemplate mongo, LocalUnitDirectory units, LocalTenantDirectory tenants, MessageSource messages,
             Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.tenants = tenants;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The heading of the list; checks the unit before anything is written.
     *
     * @throws ApiException 400 naming {@code unit} for a unit that is not the tenant's
     */
    public DipHeading heading(String tenant, String unitId) {
        Optional<LocalTenant> known = tenants.find(tenant);
        ZoneId zone = known.map(LocalTenant::timeZone).map(DipTable::zone).orElse(DEFAULT_ZONE);
        String tenantName = known.map(LocalTenant::name).orElse(tenant);
        if (unitId == null) {
            return new DipHeading(tenant, tenantName, null, null, clock.instant().atZone(zone).toLocalDate());
        }
        LocalUnit unit = units.find(unitId).filter(u -> tenant.equals(u.tenant()))
                .orElseThrow(() -> ApiException.invalid(List.of(new FieldProblem("unit",
                        messages.getMessage("dip.unit.unknown", new Object[]{unitId}, "unknown unit",
                                org.springframework.context.i18n.LocaleContextHolder.getLocale())))));
        return new DipHeading(tenant, tenantName, unit.code(), unit.name(), clock.instant().atZone(zone).toLocalDate());
    }

    /** Writes the heading and every row; returns the number of rows. */
    public int write(DipHeading heading, String unitId, DipWriter writer) throws IOException {
        writer.begin(heading);
        AtomicInteger number = new AtomicInteger();
        for (LocalUnitRef unit : unitsWithEntries(heading.tenantSlug(), unitId)) {
            Query query = Query.query(listed(heading.tenantSlug()).and("unitId").is(unit.id()))
                    .with(Sort.by("category", "title", "_id"));
            query.fields().exclude("revisions", "documents", "outbox");
            query.cursorBatchSize(500); // a unit's rows in batches, never one huge reply
            try (var entries = mongo.stream(query, InformationEntry.class)) {
                entries.forEach(entry -> {
                    try {
                        writer.row(row(number.incrementAndGet(), entry, unit));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        writer.end(number.get());
        return number.get();
    }

    /** The entries a DIP lists: active, not excluded. */
    public static Criteria listed(String tenant) {
        return Criteria.where("tenant").is(tenant).and("status").is(EntryStatus.ACTIVE)
                .and("category").ne(Category.DIKECUALIKAN);
    }

    private List<LocalUnitRef> unitsWithEntries(String tenant, String unitId) {
        Criteria criteria = listed(tenant);
        if (unitId != null) {
            criteria = criteria.and("unitId").is(unitId);
        }
        List<String> ids = mongo.findDistinct(Query.query(criteria), "unitId", InformationEntry.class, String.class);
        return ids.stream()
                .map(id -> units.find(id).map(u -> new LocalUnitRef(id, u.code(), u.name()))
                        .orElseGet(() -> new LocalUnitRef(id, null, null)))
                .sorted(Comparator.comparing((LocalUnitRef u) -> u.code() == null ? "\uffff" : u.code())
                        .thenComparing(LocalUnitRef::id))
                .toList();
    }

    private DipRow row(int number, InformationEntry entry, LocalUnitRef unit) {
        String holder = unit.name() == null ? entry.responsibleOfficial()
                : entry.responsibleOfficial() + ", " + unit.name();
        return new DipRow(number, entry.id(), entry.title(), entry.summary(), holder, entry.responsiblePerson(),
                DATE.format(entry.producedAt()) + ", " + entry.producedPlace(),
                label("format." + entry.format()), entry.retention(), label("category." + entry.category()));
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, PlatformAutoConfiguration.INDONESIAN);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }

    private record LocalUnitRef(String id, String code, String name) {
    }
}

package id.terbuka.platform.directory;

import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.events.contracts.identity.TenantUpdated;
import id.terbuka.platform.tenant.TenantDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants this service knows, kept current from {@code identity.events}. Applying an event is an upsert
 * guarded by revision, so a redelivered or late event changes nothing. Known slugs are cached in memory because
 * every tenant-scoped request asks.
 */
public class LocalTenantDirectory implements TenantDirectory {

    private final MongoTemplate mongo;
    private final ConcurrentHashMap<String, LocalTenant> cache = new ConcurrentHashMap<>();

    public LocalTenantDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean exists(String slug) {
        return find(slug).isPresent();
    }

    public Optional<LocalTenant> find(String slug) {
        LocalTenant cached = cache.get(slug);
        if (cached != null) {
            return Optional.of(cached);
        }
        LocalTenant stored = mongo.findById(slug, LocalTenant.class);
        if (stored != null) {
            cache.put(slug, stored);
        }
        return Optional.ofNullable(stored);
    }

    public List<LocalTenant> all() {
        return mongo.findAll(LocalTenant.class);
    }

    void apply(TenantRegistered event) {
        upsert(new LocalTenant(event.slug(), event.tenantId(), event.name(), event.regionCode(), event.province(),
                event.timeZone(), 0));
    }

    void apply(TenantUpdated event) {
        upsert(new LocalTenant(event.slug(), event.tenantId(), event.name(), event.regionCode(), event.province(),
                event.timeZone(), event.revision()));
    }

    private void upsert(LocalTenant tenant) {
        LocalTenant existing = mongo.findById(tenant.slug(), LocalTenant.class);
        if (existing == null) {
            try {
                mongo.insert(tenant);
                cache.put(tenant.slug(), tenant);
                return;
            } catch (DuplicateKeyException concurrentInsert) {
                existing = mongo.findById(tenant.slug(), LocalTenant.class);
            }
        }
        if (existing != null && tenant.revision() > existing.revision()) {
            mongo.findAndReplace(Query.query(Criteria.where("_id").is(tenant.slug())
                    .and("revision").lt(tenant.revision())), tenant);
        }
        cache.remove(tenant.slug());
    }
}

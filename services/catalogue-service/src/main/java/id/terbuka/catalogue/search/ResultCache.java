package id.terbuka.catalogue.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recent search results, like Solr's query result cache: citizens search the same few words again and again, and a
 * result stays right until the tenant's entries change. Every result remembers the tenant's write count from
 * before the search read the index; any later write of that tenant makes it unusable, so a cached answer is never
 * older than the index a fresh search would read. Least recently used results go first.
 */
final class ResultCache<K, V> {

    private final int capacity;
    private final Map<String, AtomicLong> writes = new ConcurrentHashMap<>();
    private final AtomicLong allWrites = new AtomicLong();
    private final LinkedHashMap<K, Stamped<V>> results;

    private record Stamped<V>(long tenantWrites, long allWrites, V value) {
    }

    /** A tenant's write counts, read before searching: the stamp a result is stored with. */
    record Stamp(String tenant, long tenantWrites, long allWrites) {
    }

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(Math.max(16, capacity), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Stamped<V>> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    /** Read before the index is searched, so a write racing the search leaves its result unusable. */
    Stamp stamp(String tenant) {
        return new Stamp(tenant, counter(tenant).get(), allWrites.get());
    }

    /** The result stored under {@code key}, if no write of its tenant came after it. */
    V get(K key, Stamp now) {
        if (capacity == 0) {
            return null;
        }
        synchronized (results) {
            Stamped<V> found = results.get(key);
            if (found == null) {
                return null;
            }
            if (found.tenantWrites() != now.tenantWrites() || found.allWrites() != now.allWrites()) {
                results.remove(key);
                return null;
            }
            return found.value();
        }
    }

    void put(K key, Stamp stamp, V value) {
        if (capacity == 0) {
            return;
        }
        synchronized (results) {
            results.put(key, new Stamped<>(stamp.tenantWrites(), stamp.allWrites(), value));
        }
    }

    /** Called after a write of the tenant is visible to searches. */
    void written(String tenant) {
        counter(tenant).incrementAndGet();
    }

    /** Called after a write whose tenant is unknown is visible: no cached result survives it. */
    void writtenAnywhere() {
        allWrites.incrementAndGet();
    }

    int size() {
        synchronized (results) {
            return results.size();
        }
    }

    private AtomicLong counter(String tenant) {
        return writes.computeIfAbsent(tenant, t -> new AtomicLong());
    }
}

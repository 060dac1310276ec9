package id.terbuka.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;
import java.util.Map;

/**
 * {@code terbuka.catalogue.*}.
 *
 * @param documents uploads: {@code maxSize} (default 50MB; keep {@code spring.servlet.multipart.max-file-size} equal)
 *                  and {@code allowedTypes}, the content types (detected from the bytes) that may be stored
 * @param freshness days since a unit's last update for GREEN and YELLOW; a tenant's own under {@code tenants.<slug>}
 * @param openData  {@code baseUrl}: the public URL (the gateway) that the identifiers and links of the DCAT
 *                  catalogue and the CKAN API are built on, so they do not depend on which instance answered
 * @param watch     the scheduled check for lapsed entries and ended exclusions: {@code interval} between runs
 *                  (default 5 minutes), {@code enabled} (default true)
 * @param search    the search index: {@code indexDirectory} (a folder of its own per instance; empty = a temporary
 *                  folder removed at shutdown; the index is rebuilt from MongoDB at every start either way) and
 *                  {@code resultCache}, how many search results are kept per instance for repeated queries
 *                  (default 256; 0 turns the cache off), {@code concurrency}, how many searches run at once per
 *                  instance while the others wait their turn (default 0 = one per available core)
 */
@ConfigurationProperties("terbuka.catalogue")
public record CatalogueSettings(Documents documents, Freshness freshness, OpenData openData, Watch watch,
                                Search search) {

    public static final List<String> DEFAULT_ALLOWED_TYPES = List.of(
            "application/pdf",
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "text/csv", "text/plain");

    public CatalogueSettings {
        documents = documents == null ? new Documents(null, null) : documents;
        freshness = freshness == null ? new Freshness(0, 0, null) : freshness;
        openData = openData == null ? new OpenData(null) : openData;
        watch = watch == null ? new Watch(null, null) : watch;
        search = search == null ? new Search(null, null, null) : search;
    }

    public record Search(String indexDirectory, Integer resultCache, Integer concurrency) {
        public Search {
            indexDirectory = indexDirectory == null || indexDirectory.isBlank() ? null : indexDirectory.strip();
            resultCache = resultCache == null || resultCache < 0 ? 256 : resultCache;
            concurrency = concurrency == null || concurrency < 0 ? 0 : concurrency;
        }
    }

    public record OpenData(String baseUrl) {
        public OpenData {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://127.0.0.1:8080" : baseUrl.strip();
            while (baseUrl.endsWith("/")) {
                baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
            }
        }
    }

    public record Watch(java.time.Duration interval, Boolean enabled) {
        public Watch {
            interval = interval == null || interval.isNegative() || interval.isZero()
                    ? java.time.Duration.ofMinutes(5) : interval;
            enabled = enabled == null || enabled;
        }
    }

    public record Documents(DataSize maxSize, List<String> allowedTypes) {
        public Documents {
            maxSize = maxSize == null ? DataSize.ofMegabytes(50) : maxSize;
            allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_ALLOWED_TYPES
                    : List.copyOf(allowedTypes);
        }
    }

    public record Freshness(int greenDays, int yellowDays, Map<String, Thresholds> tenants) {
        public Freshness {
            greenDays = greenDays <= 0 ? 30 : greenDays;
            yellowDays = yellowDays <= 0 ? 90 : yellowDays;
            tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        }

        public Thresholds forTenant(String tenant) {
            return tenants.getOrDefault(tenant, new Thresholds(greenDays, yellowDays));
        }
    }

    /** GREEN up to {@code greenDays} since the last update (and nothing stale), YELLOW up to {@code yellowDays}. */
    public record Thresholds(int greenDays, int yellowDays) {
    }
}

package id.terbuka.news.publicread;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered public responses (lists, feeds, sitemaps, the activity board) kept in memory, keyed by
 * {@code (tenant, what, parameters, public version)}. A request first reads the tenant's {@link PublicVersions public
 * version} (one small document); a cached rendering of that version is served as it is, and an
 * {@code If-None-Match} equal to its ETag answers 304 without any rendering.
 *
 * <p>The ETag is strong: {@code "<version>-<hash of the bytes>"}. Entries live at most {@code ttl} (60 s): what
 * depends on time or on the local directories rather than on articles (the board's "today", the news sitemap's two
 * days, unit and tenant names) is therefore at most that old. Bounded in entries and bytes, least recently used
 * evicted first.
 */
@Component
public class RenderedResponses {

    /** Caches may keep public answers but must revalidate, so a withdrawal takes effect at once. */
    public static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    /** What identifies one rendering. */
    record Key(String tenant, String what, String parameters, long version) {
    }

    record Rendered(byte[] body, MediaType contentType, String etag, long bornNanos) {
    }

    /** What a renderer returns: the bytes and their media type (the same for one key). */
    public record Body(byte[] bytes, MediaType contentType) {

        public static Body text(String text, MediaType contentType) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), contentType);
        }
    }

    private final PublicVersions versions;
    private final int maxEntries;
    private final long maxBytes;
    private final long ttlNanos;
    private final LinkedHashMap<Key, Rendered> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long renderings;

    public RenderedResponses(PublicVersions versions,
                             @Value("${terbuka.news.public-cache.max-entries:500}") int maxEntries,
                             @Value("${terbuka.news.public-cache.max-bytes:33554432}") long maxBytes,
                             @Value("${terbuka.news.public-cache.ttl:60s}") Duration ttl) {
        this.versions = versions;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * The response for {@code (tenant, what, parameters)}: from the cache when rendered under the current public
     * version, else rendered now and kept. 304 when the request's {@code If-None-Match} names its ETag.
     */
    public ResponseEntity<byte[]> serve(String tenant, String what, String parameters, Supplier<Body> renderer,
                                        HttpHeaders extraHeaders) {
        HttpServletRequest request = currentRequest();
        if (request != null) {
            // the body is already hashed here; the filter need not buffer and hash it again
            ShallowEtagHeaderFilter.disableContentCaching(request);
        }
        Key key = new Key(tenant, what, parameters, versions.current(tenant));
        Rendered rendered = lookup(key);
        if (rendered == null) {
            Body body = renderer.get();
            rendered = new Rendered(body.bytes(), body.contentType(),
                    "\"" + key.version() + "-" + hash(body.bytes()) + "\"", System.nanoTime());
            store(key, rendered);
        }
        if (request != null && matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), rendered.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(rendered.etag()).cacheControl(REVALIDATE)
                    .headers(extraHeaders).build();
        }
        return ResponseEntity.ok().eTag(rendered.etag()).cacheControl(REVALIDATE).contentType(rendered.contentType())
                .headers(extraHeaders).body(rendered.body());
    }

    public ResponseEntity<byte[]> serve(String tenant, String what, String parameters, Supplier<Body> renderer) {
        return serve(tenant, what, parameters, renderer, HttpHeaders.EMPTY);
    }

    /** How many renderings were made since start (observability and tests). */
    public synchronized long renderings() {
        return renderings;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The query parameters as one key part: names and values in a fixed order, null shown as empty. */
    public static String parameters(Object... namesAndValues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            out.append(namesAndValues[i]).append('=').append(value == null ? "" : value).append('\u0000');
        }
        return out.toString();
    }

    private synchronized Rendered lookup(Key key) {
        Rendered found = entries.get(key);
        if (found != null && System.nanoTime() - found.bornNanos() > ttlNanos) {
            remove(key);
            return null;
        }
        return found;
    }

    private synchronized void store(Key key, Rendered rendered) {
        renderings++;
        if (rendered.body().length > maxBytes / 4) {
            return; // one huge rendering must not push everything else out
        }
        Rendered previous = entries.put(key, rendered);
        if (previous != null) {
            bytes -= previous.body().length;
        }
        bytes += rendered.body().length;
        Iterator<Map.Entry<Key, Rendered>> all = entries.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<Key, Rendered> entry = all.next();
            Key k = entry.getKey();
            // older versions of the same rendering will never be asked for again
            boolean outdated = k.version() < key.version() && k.tenant().equals(key.tenant())
                    && k.what().equals(key.what()) && k.parameters().equals(key.parameters());
            if (outdated) {
                bytes -= entry.getValue().body().length;
                all.remove();
            }
        }
        Iterator<Map.Entry<Key, Rendered>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            Map.Entry<Key, Rendered> entry = eldest.next();
            bytes -= entry.getValue().body().length;
            eldest.remove();
        }
    }

    private void remove(Key key) {
        Rendered gone = entries.remove(key);
        if (gone != null) {
            bytes -= gone.body().length;
        }
    }

    /** {@code If-None-Match}: {@code *} or a list of (possibly weak) tags, compared by their opaque part. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}

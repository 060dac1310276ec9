package id.terbuka.news.publicread;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedResponsesTest {

    /** Versions in memory, standing in for the shared document. */
    static final class Versions extends PublicVersions {
        final Map<String, Long> values = new HashMap<>();

        Versions() {
            super(null);
        }

        @Override
        public long current(String tenant) {
            return values.getOrDefault(tenant, 0L);
        }

        @Override
        public long bump(String tenant) {
            return values.merge(tenant, 1L, Long::sum);
        }
    }

    final Versions versions = new Versions();
    final RenderedResponses cache = new RenderedResponses(versions, 3, 1_000_000, Duration.ofHours(1));
    final AtomicInteger renderings = new AtomicInteger();

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    ResponseEntity<byte[]> get(String tenant, String what, String ifNoneMatch) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return cache.serve(tenant, what, "", () -> RenderedResponses.Body.text(
                what + " v" + versions.current(tenant) + " #" + renderings.incrementAndGet(), MediaType.TEXT_PLAIN));
    }

    static String body(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    @Test
    void aRenderingIsReusedUntilThePublicVersionChanges() {
        String first = body(get("t", "list", null));
        assertThat(body(get("t", "list", null))).isEqualTo(first);
        assertThat(renderings).hasValue(1);

        versions.bump("t");
        assertThat(body(get("t", "list", null))).isEqualTo("list v1 #2");
        assertThat(cache.size()).as("the outdated rendering is dropped").isEqualTo(1);
        versions.bump("other");
        assertThat(body(get("t", "list", null))).as("another tenant's change").isEqualTo("list v1 #2");
    }

    @Test
    void aCurrentEtagAnswers304WithoutRenderingAndAnOldOneGetsTheBody() {
        String etag = get("t", "feed", null).getHeaders().getETag();
        assertThat(etag).startsWith("\"0-");

        ResponseEntity<byte[]> notModified = get("t", "feed", "\"x\", W/" + etag);
        assertThat(notModified.getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(notModified.getBody()).isNull();
        assertThat(notModified.getHeaders().getETag()).isEqualTo(etag);
        assertThat(renderings).hasValue(1);

        versions.bump("t");
        ResponseEntity<byte[]> changed = get("t", "feed", etag);
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getHeaders().getETag()).startsWith("\"1-").isNotEqualTo(etag);
        assertThat(changed.getHeaders().getCacheControl()).contains("no-cache");
    }

    @Test
    void theCacheIsBoundedLeastRecentlyUsedFirst() {
        get("t", "a", null);
        get("t", "b", null);
        get("t", "c", null);
        get("t", "a", null); // a used again: b is now the eldest
        get("t", "d", null);
        assertThat(cache.size()).isEqualTo(3);
        int before = renderings.get();
        get("t", "a", null);
        assertThat(renderings).hasValue(before);
        get("t", "b", null);
        assertThat(renderings).hasValue(before + 1);
    }

    @Test
    void ifNoneMatchListsAndWildcards() {
        assertThat(RenderedResponses.matches("*", "\"1-ab\"")).isTrue();
        assertThat(RenderedResponses.matches("\"0-ab\" , \"1-ab\"", "\"1-ab\"")).isTrue();
        assertThat(RenderedResponses.matches("\"1-ac\"", "\"1-ab\"")).isFalse();
        assertThat(RenderedResponses.matches(null, "\"1-ab\"")).isFalse();
    }
}

package id.terbuka.news.feed;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public feeds per tenant, or per unit with {@code ?unit=}. ETags come from the body (304 on revalidation). */
@RestController
@RequestMapping("/api/v1/{tenant}/news")
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePublic();

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Feeds feeds;
    private final Sitemaps sitemaps;

    FeedController(Feeds feeds, Sitemaps sitemaps) {
        this.feeds = feeds;
        this.sitemaps = sitemaps;
    }

    /** Google News sitemap: the articles published in the last two days. */
    @GetMapping("/sitemap-news.xml")
    ResponseEntity<String> newsSitemap(@PathVariable String tenant) {
        return ResponseEntity.ok().contentType(XML).cacheControl(REVALIDATE).body(sitemaps.news(tenant));
    }

    /** Every published article with its last change (sitemaps.org 0.9). */
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(@PathVariable String tenant) {
        return ResponseEntity.ok().contentType(XML).cacheControl(REVALIDATE).body(sitemaps.general(tenant));
    }

    @GetMapping("/feed.atom")
    ResponseEntity<String> atom(@PathVariable String tenant, @RequestParam(required = false) String unit) {
        return ResponseEntity.ok().contentType(ATOM).cacheControl(REVALIDATE)
                .body(feeds.xml(tenant, blankToNull(unit), Feeds.ATOM, "feed.atom"));
    }

    @GetMapping("/feed.rss")
    ResponseEntity<String> rss(@PathVariable String tenant, @RequestParam(required = false) String unit) {
        return ResponseEntity.ok().contentType(RSS).cacheControl(REVALIDATE)
                .body(feeds.xml(tenant, blankToNull(unit), Feeds.RSS, "feed.rss"));
    }

    @GetMapping("/feed.json")
    ResponseEntity<JsonFeed> json(@PathVariable String tenant, @RequestParam(required = false) String unit) {
        return ResponseEntity.ok().contentType(JSON_FEED).cacheControl(REVALIDATE)
                .body(feeds.json(tenant, blankToNull(unit)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package id.terbuka.news.feed;

import id.terbuka.news.publicread.RenderedResponses;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.terbuka.news.publicread.RenderedResponses.Body;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** Public feeds per tenant, or per unit with {@code ?unit=}. Strong ETags from the tenant's public version and the body (304 on revalidation). */
@RestController
@RequestMapping("/api/v1/{tenant}/news")
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    static final MediaType JSON_FEED = MediaType.parseMediaType("application/feed+json;charset=UTF-8");

    static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Feeds feeds;
    private final Sitemaps sitemaps;
    private final RenderedResponses rendered;
    private final JsonMapper json;

    FeedController(Feeds feeds, Sitemaps sitemaps, RenderedResponses rendered, JsonMapper json) {
        this.feeds = feeds;
        this.sitemaps = sitemaps;
        this.rendered = rendered;
        this.json = json;
    }

    // Every answer here is rendered once per public version of the tenant (RenderedResponses), with a strong ETag.

    /** Google News sitemap: the articles published in the last two days. */
    @GetMapping("/sitemap-news.xml")
    ResponseEntity<byte[]> newsSitemap(@PathVariable String tenant) {
        return rendered.serve(tenant, "sitemap-news", "", () -> Body.text(sitemaps.news(tenant), XML));
    }

    /** Every published article with its last change (sitemaps.org 0.9). */
    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> sitemap(@PathVariable String tenant) {
        return rendered.serve(tenant, "sitemap", "", () -> Body.text(sitemaps.general(tenant), XML));
    }

    @GetMapping("/feed.atom")
    ResponseEntity<byte[]> atom(@PathVariable String tenant, @RequestParam(required = false) String unit) {
        String unitId = blankToNull(unit);
        return rendered.serve(tenant, "feed.atom", RenderedResponses.parameters("unit", unitId),
                () -> Body.text(feeds.xml(tenant, unitId, Feeds.ATOM, "feed.atom"), ATOM));
    }

    @GetMapping("/feed.rss")
    ResponseEntity<byte[]> rss(@PathVariable String tenant, @RequestParam(required = false) String unit) {
        String unitId = blankToNull(unit);
        return rendered.serve(tenant, "feed.rss", RenderedResponses.parameters("unit", unitId),
                () -> Body.text(feeds.xml(tenant, unitId, Feeds.RSS, "feed.rss"), RSS));
    }

    @GetMapping("/feed.json")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/feed+json",
            schema = @Schema(implementation = JsonFeed.class)))
    ResponseEntity<byte[]> json(@PathVariable String tenant, @RequestParam(required = false) String unit) {
        String unitId = blankToNull(unit);
        return rendered.serve(tenant, "feed.json", RenderedResponses.parameters("unit", unitId),
                () -> new Body(json.writeValueAsBytes(feeds.json(tenant, unitId)), JSON_FEED));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package id.terbuka.news.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): only the fields this service fills; absent ones omitted. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record JsonFeed(
        String version,
        String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") String feedUrl,
        String description,
        String language,
        List<Author> authors,
        List<Item> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(
            String id,
            String url,
            String title,
            @JsonProperty("content_html") String contentHtml,
            String summary,
            String image,
            @JsonProperty("date_published") Instant datePublished,
            @JsonProperty("date_modified") Instant dateModified,
            List<Author> authors,
            List<String> tags) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Author(String name, String url) {
    }
}

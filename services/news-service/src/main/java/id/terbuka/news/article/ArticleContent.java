package id.terbuka.news.article;

import id.terbuka.news.content.BodyFormat;

import java.time.LocalDate;
import java.util.List;

/**
 * The text of an article as written (one revision's content); {@code body} is the source, not the HTML.
 * {@code cover} (optional) is one of the article's uploaded images with its caption and credit.
 */
public record ArticleContent(String title, String lead, String body, BodyFormat bodyFormat, LocalDate eventDate,
                             String place, List<String> tags, Cover cover) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public ArticleContent(String title, String lead, String body, BodyFormat bodyFormat, LocalDate eventDate,
                          String place, List<String> tags) {
        this(title, lead, body, bodyFormat, eventDate, place, tags, null);
    }
}

package id.terbuka.news.article;

import id.terbuka.news.content.BodyFormat;

import java.time.LocalDate;
import java.util.List;

/** The text of an article as written (one revision's content); {@code body} is the source, not the HTML. */
public record ArticleContent(String title, String lead, String body, BodyFormat bodyFormat, LocalDate eventDate,
                             String place, List<String> tags) {

    public ArticleContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}

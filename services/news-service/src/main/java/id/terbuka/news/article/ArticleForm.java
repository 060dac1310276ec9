package id.terbuka.news.article;

import id.terbuka.news.content.BodyFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft or a new revision. {@code bodyFormat} defaults to MARKDOWN. For an edit, {@code version} (or the
 * {@code If-Match} header) is the version the client last read; a newer stored version means someone else changed
 * the article meanwhile, and the edit is refused with 409. {@code cover} names an image already uploaded for the
 * article ({@code POST /news/{id}/images}), so a cover is chosen in an edit, not in the first draft.
 */
public record ArticleForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 600) String lead,
        @NotBlank @Size(max = 100_000) String body,
        BodyFormat bodyFormat,
        LocalDate eventDate,
        @Size(max = 200) String place,
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> tags,
        @Valid CoverForm cover,
        Long version) {
}

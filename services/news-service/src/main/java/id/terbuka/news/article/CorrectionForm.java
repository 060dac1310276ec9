package id.terbuka.news.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An editor's correction of a published article: the note readers see (what was wrong, what is right) and,
 * optionally, the corrected text (all fields, as for an edit). Without {@code text} only the note is added.
 * {@code version} (or {@code If-Match}) is required, as for an edit.
 */
public record CorrectionForm(@NotBlank @Size(max = 1000) String note, @Valid ArticleForm text, Long version) {
}

package id.terbuka.news.article;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * An editor's decision (API.md). REJECT and REQUEST_CHANGES need a {@code comment} (the reason); APPROVE with a
 * future {@code publishAt} schedules the publication.
 */
public record ReviewForm(@NotNull ReviewDecision decision, @Size(max = 2000) String comment, Instant publishAt,
                         Long version) {
}

package id.terbuka.news.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A remark on an article outside a review decision. */
public record CommentForm(@NotBlank @Size(max = 2000) String text) {
}

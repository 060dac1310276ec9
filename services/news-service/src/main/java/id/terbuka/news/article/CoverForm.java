package id.terbuka.news.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The cover chosen in a draft or revision: the id of an image uploaded for this article, caption, credit. */
public record CoverForm(@NotBlank String imageId, @Size(max = 300) String caption, @Size(max = 200) String credit) {
}

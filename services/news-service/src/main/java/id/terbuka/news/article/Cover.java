package id.terbuka.news.article;

/**
 * The cover image of an article: an image uploaded for it, with caption and credit (photographer or source). Type,
 * size in pixels and bytes are those of the detail rendition, copied when the cover is chosen so that lists and
 * feeds need no second lookup (an image's files never change).
 */
public record Cover(String imageId, String caption, String credit, String contentType, int width, int height,
                    long size) {
}

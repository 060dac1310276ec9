package id.terbuka.news.content;

/** How an article body is written; both end up as sanitised HTML for readers. */
public enum BodyFormat {
    MARKDOWN, HTML
}

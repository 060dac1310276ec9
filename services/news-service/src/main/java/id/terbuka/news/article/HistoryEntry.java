package id.terbuka.news.article;

import java.time.Instant;

/** One step of an article's life, for the editorial view. */
public record HistoryEntry(Instant at, String action, ArticleStatus status, String by, String note) {
}

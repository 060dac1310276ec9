package id.terbuka.news.article;

import java.time.Instant;

/**
 * A correction of a published article, shown to readers and in the feeds.
 *
 * @param revision    the revision readers see after this correction
 * @param textChanged whether the correction also changed the text (a new revision), or only added the note
 */
public record Correction(int number, Instant at, String by, String note, int revision, boolean textChanged) {
}

package id.terbuka.news.article;

import java.time.Instant;

/**
 * An editor's decision on one submission.
 *
 * @param submittedAt when the reviewed submission was made; {@code decidedAt - submittedAt} is the review time
 * @param publishAt   for an approval: when it goes public (null = at once)
 */
public record Review(ReviewDecision decision, String comment, String reviewer, int revision, Instant submittedAt,
                     Instant decidedAt, Instant publishAt) {
}

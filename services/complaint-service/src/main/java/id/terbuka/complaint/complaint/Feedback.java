package id.terbuka.complaint.complaint;

import java.time.Instant;

/** The reporter's acceptance: a rating of 1 to 5 and an optional comment. */
public record Feedback(int rating, String comment, Instant at) {
}

package id.terbuka.news.article;

/** Optional body of a submission: the version the operator last read. */
public record SubmissionForm(Long version) {
}

package id.terbuka.news.article;

public enum ReviewDecision {
    APPROVE, REQUEST_CHANGES, REJECT
}

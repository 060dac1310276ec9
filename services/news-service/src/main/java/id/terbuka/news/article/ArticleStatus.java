package id.terbuka.news.article;

/** API.md (News): the fixed statuses of an article. */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, SCHEDULED, PUBLISHED, REJECTED, WITHDRAWN;

    /** Statuses in which the operator of the unit may still change the text and (re)submit it. */
    public boolean operatorMayEdit() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}

package id.terbuka.news.article;

import id.terbuka.events.contracts.news.ArticleCorrected;
import id.terbuka.events.contracts.news.ArticlePublished;
import id.terbuka.events.contracts.news.ArticleSubmitted;
import id.terbuka.events.contracts.news.ArticleWithdrawn;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.problem.ApiException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An OPD news article (SIBER) and its editorial life: a NEWS_OPERATOR drafts it for its unit and submits it; an
 * EDITOR of the tenant edits it in place, requests changes, rejects it with a reason or approves it for now or for a
 * later time; a published article can be corrected (with a note readers see) or withdrawn with a reason. Every revision of the text is kept. The version
 * (optimistic locking, from {@link AggregateRoot}) makes a write based on an older state fail instead of silently
 * overwriting it.
 */
@Document(Article.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "tenant_slug", def = "{'tenant': 1, 'slug': 1}", unique = true),
        @CompoundIndex(name = "tenant_status_published", def = "{'tenant': 1, 'status': 1, 'publishedAt': -1}"),
        @CompoundIndex(name = "status_publish_at", def = "{'status': 1, 'publishAt': 1}"),
        @CompoundIndex(name = "tenant_status_terms", def = "{'tenant': 1, 'status': 1, 'searchTerms': 1}")})
public class Article extends AggregateRoot {

    public static final String COLLECTION = "articles";

    @Id
    private String id;
    private String tenant;
    private String unitId;
    private String slug;
    private ArticleContent content;
    private String bodyHtml;
    private ArticleStatus status;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant firstSubmittedAt;
    private Instant publishAt;
    private Instant publishedAt;
    private Instant firstPublishedAt;
    private Instant rejectedAt;
    private String rejectionReason;
    private Instant withdrawnAt;
    private String withdrawalReason;
    private List<Revision> revisions = new ArrayList<>();
    private List<Review> reviews = new ArrayList<>();
    private List<HistoryEntry> history = new ArrayList<>();
    private List<Correction> corrections = new ArrayList<>();
    /** Stemmed Indonesian terms of title, lead and body (search with {@code $all}; set by the service). */
    private List<String> searchTerms = new ArrayList<>();

    private Article() {
    }

    /** A new draft of {@code unitId}, revision 1. {@code bodyHtml} is the already sanitised body. */
    public static Article draft(String id, String tenant, String unitId, String slug, ArticleContent content,
                                String bodyHtml, String by, Instant now) {
        Article article = new Article();
        article.id = id;
        article.tenant = tenant;
        article.unitId = unitId;
        article.slug = slug;
        article.content = content;
        article.bodyHtml = bodyHtml;
        article.status = ArticleStatus.DRAFT;
        article.createdBy = by;
        article.createdAt = now;
        article.updatedAt = now;
        article.revisions.add(new Revision(1, now, by, false, content, bodyHtml));
        article.history.add(new HistoryEntry(now, "CREATED", article.status, by, null));
        return article;
    }

    /**
     * A new revision of the text. The operator edits its draft (DRAFT, CHANGES_REQUESTED); an editor edits in place
     * while the article is IN_REVIEW. Anything else is refused with 409 {@code article-not-editable}.
     */
    public void edit(ArticleContent newContent, String newBodyHtml, String by, boolean asEditor, Instant now) {
        boolean allowed = asEditor ? status == ArticleStatus.IN_REVIEW : status.operatorMayEdit();
        if (!allowed) {
            throw ApiException.conflict("article-not-editable", id, status);
        }
        content = newContent;
        bodyHtml = newBodyHtml;
        updatedAt = now;
        revisions.add(new Revision(revisions.size() + 1, now, by, asEditor, newContent, newBodyHtml));
        history.add(new HistoryEntry(now, "EDITED", status, by, "revisi " + revisions.size()));
    }

    /** The readable address may still follow the title until the article was first published. */
    public void renameSlug(String newSlug) {
        if (firstPublishedAt != null) {
            throw new IllegalStateException("the slug of a published article never changes");
        }
        slug = newSlug;
    }

    /** The operator sends the draft (again) to the editors. */
    public void submit(String by, Instant now) {
        if (!status.operatorMayEdit()) {
            throw ApiException.conflict("invalid-transition", id, status, ArticleStatus.IN_REVIEW);
        }
        status = ArticleStatus.IN_REVIEW;
        submittedAt = now;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        updatedAt = now;
        history.add(new HistoryEntry(now, "SUBMITTED", status, by, null));
        recordEvent(ArticleSubmitted.TYPE, tenant, new ArticleSubmitted(id, tenant, unitId, content.title(),
                revisions.size(), now), now);
    }

    /**
     * An editor's decision on the submission under review. APPROVE publishes at once, or schedules it when
     * {@code publishAtOrNull} lies in the future; REQUEST_CHANGES hands it back; REJECT ends it (the reason is the
     * comment, checked by the caller).
     */
    public void review(ReviewDecision decision, String comment, Instant publishAtOrNull, String reviewer,
                       Instant now) {
        if (status != ArticleStatus.IN_REVIEW) {
            throw ApiException.conflict("invalid-transition", id, status, decision);
        }
        Instant at = decision == ReviewDecision.APPROVE && publishAtOrNull != null && publishAtOrNull.isAfter(now)
                ? publishAtOrNull : null;
        reviews.add(new Review(decision, comment, reviewer, revisions.size(), submittedAt, now, at));
        updatedAt = now;
        switch (decision) {
            case APPROVE -> {
                if (at == null) {
                    history.add(new HistoryEntry(now, "APPROVED", ArticleStatus.PUBLISHED, reviewer, comment));
                    publish(now, false);
                } else {
                    status = ArticleStatus.SCHEDULED;
                    publishAt = at;
                    history.add(new HistoryEntry(now, "SCHEDULED", status, reviewer, comment));
                }
            }
            case REQUEST_CHANGES -> {
                status = ArticleStatus.CHANGES_REQUESTED;
                history.add(new HistoryEntry(now, "CHANGES_REQUESTED", status, reviewer, comment));
            }
            case REJECT -> {
                status = ArticleStatus.REJECTED;
                rejectedAt = now;
                rejectionReason = comment;
                history.add(new HistoryEntry(now, "REJECTED", status, reviewer, comment));
            }
        }
    }

    /**
     * The scheduler's step: a SCHEDULED article whose time has come becomes PUBLISHED. Returns false (and changes
     * nothing) when it is not due or no longer scheduled.
     */
    public boolean publishIfDue(Instant now) {
        if (status != ArticleStatus.SCHEDULED || publishAt == null || publishAt.isAfter(now)) {
            return false;
        }
        history.add(new HistoryEntry(now, "PUBLISHED", ArticleStatus.PUBLISHED, "scheduler", null));
        publish(now, true);
        return true;
    }

    /**
     * An editor corrects a published article: the note is kept and shown to readers; with {@code newContentOrNull}
     * the text changes too (a new revision). The slug never changes after publication.
     */
    public void correct(String note, ArticleContent newContentOrNull, String newBodyHtml, String by, Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw ApiException.conflict("invalid-transition", id, status, "CORRECTION");
        }
        boolean textChanged = newContentOrNull != null;
        if (textChanged) {
            content = newContentOrNull;
            bodyHtml = newBodyHtml;
            revisions.add(new Revision(revisions.size() + 1, now, by, true, newContentOrNull, newBodyHtml));
        }
        updatedAt = now;
        corrections.add(new Correction(corrections.size() + 1, now, by, note, revisions.size(), textChanged));
        history.add(new HistoryEntry(now, "CORRECTED", status, by, note));
        recordEvent(ArticleCorrected.TYPE, tenant, new ArticleCorrected(id, tenant, unitId, slug, content.title(),
                note, revisions.size(), textChanged, now), now);
    }

    /** The search terms of the current text (computed by the caller from title, lead and body). */
    void index(List<String> terms) {
        searchTerms = new ArrayList<>(terms);
    }

    /** Takes a published (or still scheduled) article off the public site. */
    public void withdraw(String reason, String by, Instant now) {
        if (status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED) {
            throw ApiException.conflict("invalid-transition", id, status, ArticleStatus.WITHDRAWN);
        }
        status = ArticleStatus.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason;
        publishAt = null;
        updatedAt = now;
        history.add(new HistoryEntry(now, "WITHDRAWN", status, by, reason));
        recordEvent(ArticleWithdrawn.TYPE, tenant, new ArticleWithdrawn(id, tenant, unitId, slug, reason, now), now);
    }

    private void publish(Instant now, boolean scheduled) {
        status = ArticleStatus.PUBLISHED;
        publishedAt = now;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        publishAt = null;
        updatedAt = now;
        recordEvent(ArticlePublished.TYPE, tenant, new ArticlePublished(id, tenant, unitId, slug, content.title(),
                now, scheduled), now);
    }

    @Override
    protected String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String unitId() {
        return unitId;
    }

    public String slug() {
        return slug;
    }

    public ArticleContent content() {
        return content;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public ArticleStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant firstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawalReason() {
        return withdrawalReason;
    }

    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    public List<Correction> corrections() {
        return corrections == null ? List.of() : List.copyOf(corrections);
    }

    public List<String> searchTerms() {
        return searchTerms == null ? List.of() : List.copyOf(searchTerms);
    }
}

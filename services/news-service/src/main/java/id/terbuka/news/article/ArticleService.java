package id.terbuka.news.article;

import id.terbuka.news.content.BodyFormat;
import id.terbuka.news.content.BodySanitizer;
import id.terbuka.news.image.ArticleImage;
import id.terbuka.news.image.ImageStore;
import id.terbuka.news.image.Renditions;
import id.terbuka.news.search.SearchTerms;
import id.terbuka.platform.directory.LocalUnitDirectory;
import id.terbuka.platform.events.outbox.AggregateRoot;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Drafts, revisions, the editorial workflow and the public reading of articles; persistence lives here. */
@Service
public class ArticleService {

    private static final int SLUG_ATTEMPTS = 20;

    private final ArticleRepository articles;
    private final MongoTemplate mongo;
    private final LocalUnitDirectory units;
    private final BodySanitizer sanitizer;
    private final Validator validator;
    private final MessageSource messages;
    private final ImageStore images;
    private final Clock clock;

    ArticleService(ArticleRepository articles, MongoTemplate mongo, LocalUnitDirectory units, BodySanitizer sanitizer,
                   Validator validator, MessageSource messages, ImageStore images, Clock clock) {
        this.images = images;
        this.articles = articles;
        this.mongo = mongo;
        this.units = units;
        this.sanitizer = sanitizer;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new draft for the operator's own unit (from the token), which must be an active unit of the tenant. */
    public Article create(String tenant, ArticleForm form, Caller operator) {
        validate(form);
        if (operator.unit() == null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden-unit", "-");
        }
        if (!units.isActiveUnit(tenant, operator.unit())) {
            throw ApiException.unprocessable("unit-not-active", operator.unit());
        }
        if (form.cover() != null) {
            // images are uploaded to an existing article; the cover is chosen in the next edit
            throw ApiException.invalid(List.of(new FieldProblem("cover", text("news.cover.afterDraft"))));
        }
        ArticleContent content = content(form, null);
        String html = sanitizer.toSafeHtml(content.body(), content.bodyFormat());
        Instant now = now();
        String id = UUID.randomUUID().toString();
        for (int attempt = 0; ; attempt++) {
            Article article = Article.draft(id, tenant, operator.unit(), freeSlug(tenant, content.title()), content,
                    html, operator.subject(), now);
            article.index(terms(content, html));
            try {
                return articles.insert(article);
            } catch (DuplicateKeyException slugTakenMeanwhile) {
                if (attempt >= 3) {
                    throw slugTakenMeanwhile;
                }
            }
        }
    }

    /** The article of the tenant; 404 otherwise (also for another tenant's id). */
    public Article get(String tenant, String id) {
        return articles.findByIdAndTenant(id, tenant).orElseThrow(() -> ApiException.notFound("Berita", id));
    }

    /** A new revision; {@code expectedVersion} (required) must be the stored version, or 409 {@code stale-version}. */
    public Article edit(Article article, ArticleForm form, Long expectedVersion, Caller caller, boolean asEditor) {
        requireVersion(article, expectedVersion != null ? expectedVersion : form.version(), true);
        validate(form);
        ArticleContent content = content(form, article);
        String html = sanitizer.toSafeHtml(content.body(), content.bodyFormat());
        article.edit(content, html, caller.subject(), asEditor, now());
        article.index(terms(content, html));
        if (article.firstPublishedAt() == null && !Slugs.base(content.title()).equals(baseOf(article.slug()))) {
            article.renameSlug(freeSlug(article.tenant(), content.title()));
        }
        return articles.save(article);
    }

    public Article submit(Article article, Long expectedVersion, Caller operator) {
        requireVersion(article, expectedVersion, false);
        article.submit(operator.subject(), now());
        return articles.save(article);
    }

    public Article review(Article article, ReviewForm form, Long expectedVersion, Caller editor) {
        validate(form);
        requireVersion(article, expectedVersion != null ? expectedVersion : form.version(), false);
        String comment = blankToNull(form.comment());
        Instant now = now();
        List<FieldProblem> problems = new ArrayList<>();
        if (form.decision() != ReviewDecision.APPROVE && comment == null) {
            problems.add(new FieldProblem("comment", text("news.comment.reasonRequired")));
        }
        if (form.publishAt() != null && form.decision() != ReviewDecision.APPROVE) {
            problems.add(new FieldProblem("publishAt", text("news.publishAt.onlyApprove")));
        } else if (form.publishAt() != null && !form.publishAt().isAfter(now)) {
            problems.add(new FieldProblem("publishAt", text("news.publishAt.future")));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (editor.subject() != null && editor.subject().equals(article.createdBy())) {
            // four eyes: whoever wrote it does not approve it, even with both roles
            throw new ApiException(HttpStatus.FORBIDDEN, "review-own-article", article.id());
        }
        Instant publishAt = form.publishAt() == null ? null : form.publishAt().truncatedTo(ChronoUnit.MILLIS);
        article.review(form.decision(), comment, publishAt, editor.subject(), now);
        return articles.save(article);
    }

    public Article withdraw(Article article, WithdrawalForm form, Long expectedVersion, Caller editor) {
        validate(form);
        requireVersion(article, expectedVersion != null ? expectedVersion : form.version(), false);
        article.withdraw(form.reason().strip(), editor.subject(), now());
        return articles.save(article);
    }

    /** An editor corrects a published article: a note readers see, and possibly a new revision of the text. */
    public Article correct(Article article, CorrectionForm form, Long expectedVersion, Caller editor) {
        validate(form);
        requireVersion(article, expectedVersion != null ? expectedVersion : form.version(), true);
        ArticleContent content = form.text() == null ? null : content(form.text(), article);
        String html = content == null ? null : sanitizer.toSafeHtml(content.body(), content.bodyFormat());
        article.correct(form.note().strip(), content, html, editor.subject(), now());
        if (content != null) {
            article.index(terms(content, html));
        }
        return articles.save(article);
    }

    /** A remark outside a decision; it does not change the article (nor its version). */
    public ArticleComment comment(Article article, CommentForm form, Caller caller) {
        validate(form);
        return mongo.insert(new ArticleComment(UUID.randomUUID().toString(), article.tenant(), article.id(), now(),
                caller.subject(), caller.has(Role.EDITOR), form.text().strip(),
                article.revisions().size()));
    }

    public List<ArticleComment> comments(Article article) {
        return mongo.find(Query.query(Criteria.where("tenant").is(article.tenant()).and("articleId")
                .is(article.id())).with(Sort.by("at", "_id")), ArticleComment.class);
    }

    /** The editorial desk: articles of any status, newest change first; optionally by status and unit. */
    public Page<Article> desk(String tenant, ArticleStatus status, String unit, int page, int size) {
        Criteria criteria = Criteria.where("tenant").is(tenant);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (unit != null) {
            criteria = criteria.and("unitId").is(unit);
        }
        return page(Query.query(criteria), PageRequest.of(page, size, Sort.by(Sort.Order.desc("updatedAt"),
                Sort.Order.asc("_id"))));
    }

    /** At most this many matching articles are ranked for one search (the newest of them). */
    static final int SEARCH_CANDIDATES = 2000;

    /**
     * Published articles, newest first. With {@code q}: the articles containing at least one stemmed Indonesian term
     * of it in the title, lead, body or tags ({@code laporan} finds {@code melaporkan}), ranked by relevance — more
     * of the query's terms first, then more of them in the title, then newest; a query of stop words only finds
     * nothing.
     */
    public Page<Article> published(String tenant, String unit, String q, int page, int size) {
        Criteria criteria = Criteria.where("tenant").is(tenant).and("status").is(ArticleStatus.PUBLISHED);
        if (unit != null && !unit.isBlank()) {
            criteria = criteria.and("unitId").is(unit);
        }
        if (q != null && !q.isBlank()) {
            List<String> terms = SearchTerms.of(q);
            if (terms.isEmpty()) {
                return Page.empty(PageRequest.of(page, size));
            }
            return ranked(criteria.and("searchTerms").in(terms), terms, PageRequest.of(page, size));
        }
        return page(listQuery(Query.query(criteria)), PageRequest.of(page, size, NEWEST_FIRST));
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.asc("_id"));

    /** Lists and feeds show the current text only: the kept revisions, reviews and history stay in the store. */
    private static Query listQuery(Query query) {
        query.fields().exclude("revisions", "reviews", "history", "searchTerms", AggregateRoot.OUTBOX_FIELD);
        return query;
    }

    /** One search hit as ranked: matched query terms, of them in the title, and the publication time. */
    record Hit(String id, int matched, int inTitle, Instant publishedAt) {
    }

    static final Comparator<Hit> BY_RELEVANCE = Comparator.comparingInt(Hit::matched).reversed()
            .thenComparing(Comparator.comparingInt(Hit::inTitle).reversed())
            .thenComparing(Hit::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Hit::id);

    /**
     * Relevance in memory over the matching articles' terms and titles only (a small projection; the store has no
     * text score), then the page's articles read by id.
     */
    private Page<Article> ranked(Criteria matching, List<String> terms, PageRequest pageable) {
        Query candidates = Query.query(matching).with(NEWEST_FIRST).limit(SEARCH_CANDIDATES);
        candidates.fields().include("_id", "publishedAt", "searchTerms", "content.title");
        List<Hit> hits = new ArrayList<>();
        for (Document found : mongo.find(candidates, Document.class, Article.COLLECTION)) {
            List<?> stored = found.get("searchTerms", List.class);
            Set<Object> own = stored == null ? Set.of() : new HashSet<>(stored);
            Document content = found.get("content", Document.class);
            Set<String> title = new HashSet<>(SearchTerms.of(content == null ? null
                    : content.getString("title")));
            hits.add(new Hit(found.getString("_id"), (int) terms.stream().filter(own::contains).count(),
                    (int) terms.stream().filter(title::contains).count(), instant(found.get("publishedAt"))));
        }
        hits.sort(BY_RELEVANCE);
        List<String> ids = hits.stream().skip(pageable.getOffset()).limit(pageable.getPageSize()).map(Hit::id)
                .toList();
        if (ids.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, hits.size());
        }
        Map<String, Article> byId = new HashMap<>();
        for (Article article : mongo.find(listQuery(Query.query(Criteria.where("_id").in(ids))), Article.class)) {
            byId.put(article.id(), article);
        }
        List<Article> content = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        return new PageImpl<>(content, pageable, hits.size());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        return value instanceof Date date ? date.toInstant() : null;
    }

    /** A published article by slug; a withdrawn one answers 410 with the reason, anything else 404. */
    public Article publishedBySlug(String tenant, String slug) {
        Article article = articles.findByTenantAndSlug(tenant, slug)
                .filter(a -> a.status() == ArticleStatus.PUBLISHED || a.status() == ArticleStatus.WITHDRAWN)
                .orElseThrow(() -> ApiException.notFound("Berita", slug));
        if (article.status() == ArticleStatus.WITHDRAWN) {
            throw new ApiException(HttpStatus.GONE, "article-withdrawn", article.withdrawalReason());
        }
        return article;
    }

    /** Milliseconds, as MongoDB stores them: what a response says equals what a later read returns. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Page<Article> page(Query query, PageRequest pageable) {
        List<Article> found = mongo.find(Query.of(query).with(pageable), Article.class);
        return PageableExecutionUtils.getPage(found, pageable, () -> mongo.count(Query.of(query), Article.class));
    }

    /** The first of {@code base}, {@code base-2}, {@code base-3}, ... not yet used in the tenant. */
    private String freeSlug(String tenant, String title) {
        String base = Slugs.base(title);
        for (int n = 1; n <= SLUG_ATTEMPTS; n++) {
            String candidate = Slugs.withSuffix(base, n);
            if (!articles.existsByTenantAndSlug(tenant, candidate)) {
                return candidate;
            }
        }
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String baseOf(String slug) {
        return slug.replaceFirst("-\\d+$", "");
    }

    /**
     * Optimistic locking as the client sees it: the version it read must still be the stored one. Required for
     * edits (a missing version → 428); optional for the workflow steps. A write racing between this check and the
     * save is still caught by the document's version (409 {@code concurrent-modification}).
     */
    private static void requireVersion(Article article, Long expected, boolean required) {
        if (expected == null) {
            if (required) {
                throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "version-required", article.id());
            }
            return;
        }
        if (!Objects.equals(expected, article.version())) {
            throw ApiException.conflict("stale-version", article.id(), expected, article.version());
        }
    }

    private static List<String> terms(ArticleContent content, String html) {
        return SearchTerms.of(content.title(), content.lead(), SearchTerms.textOf(html), String.join(" ",
                content.tags()));
    }

    /** The content of a form; a cover must be an image uploaded for {@code article} (422 on {@code cover.imageId}). */
    private ArticleContent content(ArticleForm form, Article article) {
        Cover cover = null;
        if (form.cover() != null) {
            ArticleImage image = images.find(article.tenant(), form.cover().imageId().strip())
                    .filter(i -> i.articleId().equals(article.id()))
                    .orElseThrow(() -> ApiException.invalid(List.of(new FieldProblem("cover.imageId",
                            text("news.cover.unknownImage")))));
            ArticleImage.StoredFile detail = image.file(Renditions.DETAIL);
            cover = new Cover(image.id(), blankToNull(form.cover().caption()), blankToNull(form.cover().credit()),
                    detail.contentType(), detail.width(), detail.height(), detail.size());
        }
        List<String> tags = form.tags() == null ? List.of()
                : form.tags().stream().map(String::strip).map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct()
                        .toList();
        return new ArticleContent(form.title().strip(), blankToNull(form.lead()), form.body(),
                form.bodyFormat() == null ? BodyFormat.MARKDOWN : form.bodyFormat(), form.eventDate(),
                blankToNull(form.place()), tags, cover);
    }

    private void validate(Object form) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<Object> violation : validator.validate(form)) {
            problems.add(new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(FieldProblem::field));
            throw ApiException.invalid(problems);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package id.terbuka.news.article;

import id.terbuka.news.publicread.RenderedResponses;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import id.terbuka.platform.web.PageResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * SIBER news (API.md, News). Writing: a NEWS_OPERATOR drafts, edits and submits articles of its own unit (the
 * {@code unit} claim); an EDITOR of the tenant edits in place during review, decides, and withdraws. Reading: the
 * published articles are public, with ETag / Last-Modified. Staff address an article by id, readers by slug.
 *
 * <p>Optimistic locking: every write answers the new {@code version} in the body and as {@code ETag: "<version>"};
 * an edit must send it back ({@code If-Match} or the {@code version} field) — a stale one gets 409
 * {@code stale-version}.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/news")
class ArticleController {

    /** Public reading may be stored by caches but must be revalidated (ETag), so a withdrawal takes effect. */
    static final CacheControl PUBLIC_REVALIDATE = CacheControl.noCache().cachePublic();

    private final ArticleService service;
    private final ArticleViews views;
    private final Access access;

    private final MessageSource messages;
    private final RenderedResponses rendered;
    private final JsonMapper json;

    ArticleController(ArticleService service, ArticleViews views, Access access, MessageSource messages,
                      RenderedResponses rendered, JsonMapper json) {
        this.messages = messages;
        this.rendered = rendered;
        this.json = json;
        this.service = service;
        this.views = views;
        this.access = access;
    }

    // ---- writing ----

    @PostMapping
    ResponseEntity<ArticleViews.EditorialView> create(@PathVariable String tenant, @RequestBody ArticleForm form) {
        Caller operator = access.require(tenant, Role.NEWS_OPERATOR);
        Article article = service.create(tenant, form, operator);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}/editorial")
                .buildAndExpand(article.id()).toUri()).eTag(etag(article)).body(views.editorial(article));
    }

    @PutMapping("/{id}")
    ResponseEntity<ArticleViews.EditorialView> edit(@PathVariable String tenant, @PathVariable String id,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch, @RequestBody ArticleForm form) {
        Caller caller = access.require(tenant, Role.NEWS_OPERATOR, Role.EDITOR);
        Article article = service.get(tenant, id);
        boolean asEditor = caller.has(Role.EDITOR);
        if (!asEditor) {
            access.requireUnit(caller, article.unitId());
        }
        return written(service.edit(article, form, version(ifMatch), caller, asEditor));
    }

    @PostMapping("/{id}/submission")
    ResponseEntity<ArticleViews.EditorialView> submit(@PathVariable String tenant, @PathVariable String id,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                      String ifMatch,
                                                      @RequestBody(required = false) SubmissionForm form) {
        Caller operator = access.require(tenant, Role.NEWS_OPERATOR);
        Article article = service.get(tenant, id);
        access.requireUnit(operator, article.unitId());
        Long expected = version(ifMatch) != null ? version(ifMatch) : form == null ? null : form.version();
        return written(service.submit(article, expected, operator));
    }

    @PostMapping("/{id}/review")
    ResponseEntity<ArticleViews.EditorialView> review(@PathVariable String tenant, @PathVariable String id,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                      String ifMatch, @RequestBody ReviewForm form) {
        Caller editor = access.require(tenant, Role.EDITOR);
        return written(service.review(service.get(tenant, id), form, version(ifMatch), editor));
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<ArticleViews.EditorialView> withdraw(@PathVariable String tenant, @PathVariable String id,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                required = false) String ifMatch,
                                                        @RequestBody WithdrawalForm form) {
        Caller editor = access.require(tenant, Role.EDITOR);
        return written(service.withdraw(service.get(tenant, id), form, version(ifMatch), editor));
    }

    /** An editor corrects a published article (note shown to readers; optionally new text). Version required. */
    @PostMapping("/{id}/corrections")
    ResponseEntity<ArticleViews.EditorialView> correct(@PathVariable String tenant, @PathVariable String id,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                               required = false) String ifMatch,
                                                       @RequestBody CorrectionForm form) {
        Caller editor = access.require(tenant, Role.EDITOR);
        return written(service.correct(service.get(tenant, id), form, version(ifMatch), editor));
    }

    /** A remark outside a decision: editors, and the unit's operator answering. Never changes the version. */
    @PostMapping("/{id}/comments")
    ResponseEntity<ArticleComment> comment(@PathVariable String tenant, @PathVariable String id,
                                           @RequestBody CommentForm form) {
        Article article = staffReadable(tenant, id);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(service.comment(article, form, access.current().orElseThrow()));
    }

    @GetMapping("/{id}/comments")
    List<ArticleComment> comments(@PathVariable String tenant, @PathVariable String id) {
        return service.comments(staffReadable(tenant, id));
    }

    // ---- the editorial desk ----

    /** Articles in every status: editors see the tenant's, an operator only its own unit's. */
    @GetMapping("/editorial")
    PageResponse<ArticleViews.EditorialView> desk(@PathVariable String tenant,
                                                  @RequestParam(required = false) ArticleStatus status,
                                                  @RequestParam(required = false) String unit,
                                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Caller caller = access.require(tenant, Role.NEWS_OPERATOR, Role.EDITOR);
        if (!caller.has(Role.EDITOR)) {
            if (unit != null) {
                access.requireUnit(caller, unit);
            }
            unit = caller.unit();
            if (unit == null) {
                throw new ApiException(HttpStatus.FORBIDDEN, "forbidden-unit", "-");
            }
        }
        return PageResponse.of(service.desk(tenant, status, unit, page, size), views::editorial);
    }

    @GetMapping("/{id}/editorial")
    ResponseEntity<ArticleViews.EditorialView> editorial(@PathVariable String tenant, @PathVariable String id) {
        Article article = staffReadable(tenant, id);
        return ResponseEntity.ok().eTag(etag(article)).body(views.editorial(article));
    }

    @GetMapping("/{id}/revisions")
    List<ArticleViews.RevisionView> revisions(@PathVariable String tenant, @PathVariable String id) {
        return views.revisions(staffReadable(tenant, id));
    }

    /**
     * A readable diff between two revisions ({@code from}, {@code to}: revision numbers; default the one before the
     * current and the current). Unknown numbers → 400 naming the parameter.
     */
    @GetMapping("/{id}/revisions/diff")
    RevisionDiff.View diff(@PathVariable String tenant, @PathVariable String id,
                           @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
        Article article = staffReadable(tenant, id);
        List<Revision> revisions = article.revisions();
        int last = revisions.size();
        int right = to == null ? last : to;
        int left = from == null ? Math.max(1, right - 1) : from;
        List<FieldProblem> problems = new ArrayList<>();
        if (left < 1 || left > last) {
            problems.add(new FieldProblem("from", text("news.revision.unknown", last)));
        }
        if (right < 1 || right > last) {
            problems.add(new FieldProblem("to", text("news.revision.unknown", last)));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return RevisionDiff.between(article.id(), revisions.get(left - 1), revisions.get(right - 1));
    }

    // ---- public reading ----

    /**
     * Published articles ({@code PageResponse<PublicSummary>} as JSON), rendered once per public version of the
     * tenant and then served from memory; {@code If-None-Match} with the current ETag → 304.
     */
    /** The shape of a public list, for the OpenAPI document (the list is served as rendered bytes). */
    record PublicSummaryPage(List<ArticleViews.PublicSummary> items, int page, int size, long totalItems,
                             int totalPages) {
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "published articles, newest first (with q: by relevance)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PublicSummaryPage.class)))
    ResponseEntity<byte[]> list(
            @PathVariable String tenant, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String unitId = ArticleService.blankToNull(unit);
        String query = ArticleService.blankToNull(q);
        return rendered.serve(tenant, "list", RenderedResponses.parameters("unit", unitId, "q", query, "page", page,
                "size", size), () -> new RenderedResponses.Body(json.writeValueAsBytes(
                PageResponse.of(service.published(tenant, unitId, query, page, size), views::summary)),
                MediaType.APPLICATION_JSON));
    }

    /** One published article; 304 when the client's ETag or Last-Modified is still current. */
    @GetMapping("/{slug}")
    ResponseEntity<ArticleViews.PublicArticle> read(@PathVariable String tenant, @PathVariable String slug,
                                                    WebRequest request) {
        Article article = service.publishedBySlug(tenant, slug);
        String etag = "\"" + article.id() + "-" + article.version() + "\"";
        long lastModified = article.updatedAt().toEpochMilli();
        if (request.checkNotModified(etag, lastModified)) {
            return null; // 304 with ETag and Last-Modified already written
        }
        return ResponseEntity.ok().cacheControl(PUBLIC_REVALIDATE).eTag(etag).lastModified(lastModified)
                .body(views.publicArticle(article));
    }

    private Article staffReadable(String tenant, String id) {
        Caller caller = access.require(tenant, Role.NEWS_OPERATOR, Role.EDITOR);
        Article article = service.get(tenant, id);
        access.requireUnit(caller, article.unitId(), Role.EDITOR);
        return article;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private ResponseEntity<ArticleViews.EditorialView> written(Article article) {
        return ResponseEntity.ok().eTag(etag(article)).body(views.editorial(article));
    }

    private static String etag(Article article) {
        return "\"" + article.version() + "\"";
    }

    /** {@code If-Match: "3"}, {@code W/"3"} or {@code 3} → 3; absent → null; anything else → 400. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-request");
        }
    }
}

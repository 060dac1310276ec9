package id.terbuka.news.image;

import id.terbuka.news.article.Article;
import id.terbuka.news.article.ArticleService;
import id.terbuka.news.article.ArticleStatus;
import id.terbuka.news.article.ArticleViews;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.security.Access;
import id.terbuka.platform.security.Caller;
import id.terbuka.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Article images. Upload ({@code multipart/form-data}, part {@code file}): the unit's NEWS_OPERATOR while it may
 * edit the draft, or an EDITOR of the tenant unless the article is rejected or withdrawn. Reading the bytes: anyone
 * once the published text uses the image (cover, or in the body), otherwise only the staff who may read the article.
 * Files never change under an id, so the ETag is the content hash and a revalidation costs one small read.
 */
@RestController
@RequestMapping("/api/v1/{tenant}/news")
class ImageController {

    /** Published images may be kept a day by any cache; the ETag makes a later revalidation cheap. */
    static final CacheControl PUBLIC_IMAGE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    static final CacheControl STAFF_IMAGE = CacheControl.noCache().cachePrivate();

    private final ImageStore store;
    private final ArticleService articles;
    private final ArticleViews views;
    private final Access access;

    ImageController(ImageStore store, ArticleService articles, ArticleViews views, Access access) {
        this.store = store;
        this.articles = articles;
        this.views = views;
        this.access = access;
    }

    public record RenditionView(String url, String contentType, int width, int height, long size) {
    }

    public record ImageView(String id, String articleId, String fileName, String uploadedBy, Instant uploadedAt,
                            Map<String, RenditionView> renditions) {
    }

    @PostMapping(path = "/{id}/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImageView> upload(@PathVariable String tenant, @PathVariable String id,
                                     @RequestPart("file") MultipartFile file) throws IOException {
        Caller caller = access.require(tenant, Role.NEWS_OPERATOR, Role.EDITOR);
        Article article = articles.get(tenant, id);
        access.requireUnit(caller, article.unitId(), Role.EDITOR);
        // the operator adds pictures while it may edit the text; the editor also during review and for a correction
        boolean allowed = caller.has(Role.EDITOR)
                ? article.status() != ArticleStatus.REJECTED && article.status() != ArticleStatus.WITHDRAWN
                : article.status().operatorMayEdit();
        if (!allowed) {
            throw ApiException.conflict("article-not-editable", article.id(), article.status());
        }
        ArticleImage image;
        try (InputStream in = file.getInputStream()) {
            image = store.store(tenant, article.id(), article.unitId(), in, file.getOriginalFilename(),
                    file.getSize(), caller.subject(), articles.now());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(view(image));
    }

    @GetMapping("/{id}/images")
    List<ImageView> list(@PathVariable String tenant, @PathVariable String id) {
        Caller caller = access.require(tenant, Role.NEWS_OPERATOR, Role.EDITOR);
        Article article = articles.get(tenant, id);
        access.requireUnit(caller, article.unitId(), Role.EDITOR);
        return store.ofArticle(tenant, article.id()).stream().map(this::view).toList();
    }

    /** The bytes of one rendition ({@code original}, {@code list}, {@code detail}); 304 on a current ETag. */
    @GetMapping("/images/{imageId}/{rendition}")
    ResponseEntity<InputStreamResource> bytes(@PathVariable String tenant, @PathVariable String imageId,
                                              @PathVariable String rendition, WebRequest webRequest,
                                              HttpServletRequest request) {
        ArticleImage image = store.find(tenant, imageId).filter(i -> Renditions.ALL.contains(rendition))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "image-not-found", imageId));
        Article article = articles.get(tenant, image.articleId());
        boolean published = isPublic(article, image);
        if (!published) {
            // a draft's pictures, and pictures the published text does not use, were never reviewed for readers
            Caller caller = access.require(tenant, Role.NEWS_OPERATOR, Role.EDITOR);
            access.requireUnit(caller, article.unitId(), Role.EDITOR);
        }
        ShallowEtagHeaderFilter.disableContentCaching(request); // stream it; the ETag is already known
        ArticleImage.StoredFile file = image.file(rendition);
        String etag = "\"" + file.sha256().substring(0, 32) + "\"";
        CacheControl cache = published ? PUBLIC_IMAGE : STAFF_IMAGE;
        if (webRequest.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size()).eTag(etag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(store.open(file)));
    }

    /** Public: the article is published and its reviewed text shows the image (as cover or inside the body). */
    static boolean isPublic(Article article, ArticleImage image) {
        if (article.status() != ArticleStatus.PUBLISHED) {
            return false;
        }
        boolean cover = article.content().cover() != null && image.id().equals(article.content().cover().imageId());
        return cover || (article.bodyHtml() != null && article.bodyHtml().contains("/news/images/" + image.id() + "/"));
    }

    private ImageView view(ArticleImage image) {
        Map<String, RenditionView> renditions = new LinkedHashMap<>();
        for (String name : List.of(Renditions.LIST, Renditions.DETAIL, Renditions.ORIGINAL)) {
            ArticleImage.StoredFile f = image.file(name);
            renditions.put(name, new RenditionView(views.imageUrl(image.tenant(), image.id(), name), f.contentType(),
                    f.width(), f.height(), f.size()));
        }
        return new ImageView(image.id(), image.articleId(), image.fileName(), image.uploadedBy(), image.uploadedAt(),
                renditions);
    }
}

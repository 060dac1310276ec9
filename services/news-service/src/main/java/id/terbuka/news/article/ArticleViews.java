package id.terbuka.news.article;

import id.terbuka.news.NewsSettings;
import id.terbuka.news.content.BodyFormat;
import id.terbuka.news.image.Renditions;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What readers and staff see of an article. Readers get only the sanitised {@code bodyHtml}, never the source;
 * staff also get the source, the status and the editorial trail.
 */
@Component
public class ArticleViews {

    private final LocalUnitDirectory units;
    private final MessageSource messages;
    private final NewsSettings settings;

    public ArticleViews(LocalUnitDirectory units, MessageSource messages, NewsSettings settings) {
        this.units = units;
        this.messages = messages;
        this.settings = settings;
    }

    public record PublicSummary(String id, String slug, String url, String unitId, String unitName, String title,
                                String lead, LocalDate eventDate, String place, List<String> tags,
                                Instant publishedAt, CoverView cover, boolean corrected) {
    }

    public record PublicArticle(String id, String slug, String url, String unitId, String unitName, String title,
                                String lead, String bodyHtml, LocalDate eventDate, String place, List<String> tags,
                                Instant publishedAt, Instant updatedAt, CoverView cover,
                                List<CorrectionNote> corrections) {
    }

    /**
     * The cover as readers get it: {@code url} is the detail rendition (≤ 1200 px wide), {@code listUrl} the list
     * one (≤ 480 px), {@code originalUrl} the cleaned original; {@code width}/{@code height} of the detail one.
     */
    public record CoverView(String imageId, String url, String listUrl, String originalUrl, String contentType,
                            int width, int height, String caption, String credit) {
    }

    /** A correction as readers see it. */
    public record CorrectionNote(int number, Instant at, String note) {
    }

    public record EditorialView(String id, String slug, String unitId, String unitName, ArticleStatus status,
                                String statusLabel, Long version, String title, String lead, String body,
                                BodyFormat bodyFormat, String bodyHtml, LocalDate eventDate, String place,
                                List<String> tags, String createdBy, Instant createdAt, Instant updatedAt,
                                Instant submittedAt, Instant publishAt, Instant publishedAt, String rejectionReason,
                                String withdrawalReason, int revisions, List<Review> reviews,
                                List<HistoryEntry> history, CoverView cover, List<Correction> corrections) {
    }

    public record RevisionView(int number, Instant at, String by, boolean byEditor, String title, String lead,
                               String body, BodyFormat bodyFormat, String bodyHtml, LocalDate eventDate, String place,
                               List<String> tags, CoverView cover) {
    }

    public PublicSummary summary(Article a) {
        ArticleContent c = a.content();
        return new PublicSummary(a.id(), a.slug(), url(a), a.unitId(), unitName(a.unitId()), c.title(), c.lead(),
                c.eventDate(), c.place(), c.tags(), a.publishedAt(), cover(a.tenant(), c.cover()),
                !a.corrections().isEmpty());
    }

    public PublicArticle publicArticle(Article a) {
        ArticleContent c = a.content();
        return new PublicArticle(a.id(), a.slug(), url(a), a.unitId(), unitName(a.unitId()), c.title(), c.lead(),
                a.bodyHtml(), c.eventDate(), c.place(), c.tags(), a.publishedAt(), a.updatedAt(),
                cover(a.tenant(), c.cover()), correctionNotes(a));
    }

    public EditorialView editorial(Article a) {
        ArticleContent c = a.content();
        return new EditorialView(a.id(), a.slug(), a.unitId(), unitName(a.unitId()), a.status(),
                statusLabel(a.status()), a.version(), c.title(), c.lead(), c.body(), c.bodyFormat(), a.bodyHtml(),
                c.eventDate(), c.place(), c.tags(), a.createdBy(), a.createdAt(), a.updatedAt(), a.submittedAt(),
                a.publishAt(), a.publishedAt(), a.rejectionReason(), a.withdrawalReason(), a.revisions().size(),
                a.reviews(), a.history(), cover(a.tenant(), c.cover()), a.corrections());
    }

    public List<RevisionView> revisions(Article a) {
        return a.revisions().stream().map(r -> new RevisionView(r.number(), r.at(), r.by(), r.byEditor(),
                r.content().title(), r.content().lead(), r.content().body(), r.content().bodyFormat(), r.bodyHtml(),
                r.content().eventDate(), r.content().place(), r.content().tags(),
                cover(a.tenant(), r.content().cover()))).toList();
    }

    public List<CorrectionNote> correctionNotes(Article a) {
        return a.corrections().stream().map(c -> new CorrectionNote(c.number(), c.at(), c.note())).toList();
    }

    public CoverView cover(String tenant, Cover cover) {
        if (cover == null) {
            return null;
        }
        return new CoverView(cover.imageId(), imageUrl(tenant, cover.imageId(), Renditions.DETAIL),
                imageUrl(tenant, cover.imageId(), Renditions.LIST), imageUrl(tenant, cover.imageId(),
                Renditions.ORIGINAL), cover.contentType(), cover.width(), cover.height(), cover.caption(),
                cover.credit());
    }

    /** The public address of one rendition of an image (through the gateway). */
    public String imageUrl(String tenant, String imageId, String rendition) {
        return settings.publicBaseUrl() + "/api/v1/" + tenant + "/news/images/" + imageId + "/" + rendition;
    }

    /** The public address of a published article (through the gateway). */
    public String url(Article a) {
        return settings.publicBaseUrl() + "/api/v1/" + a.tenant() + "/news/" + a.slug();
    }

    public String unitName(String unitId) {
        return units.find(unitId).map(LocalUnit::name).orElse(null);
    }

    public String statusLabel(ArticleStatus status) {
        return messages.getMessage("status." + status.name(), null, status.name(), LocaleContextHolder.getLocale());
    }
}

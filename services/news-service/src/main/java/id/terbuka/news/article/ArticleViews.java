package id.terbuka.news.article;

import id.terbuka.news.NewsSettings;
import id.terbuka.news.content.BodyFormat;
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
                                Instant publishedAt) {
    }

    public record PublicArticle(String id, String slug, String url, String unitId, String unitName, String title,
                                String lead, String bodyHtml, LocalDate eventDate, String place, List<String> tags,
                                Instant publishedAt, Instant updatedAt) {
    }

    public record EditorialView(String id, String slug, String unitId, String unitName, ArticleStatus status,
                                String statusLabel, Long version, String title, String lead, String body,
                                BodyFormat bodyFormat, String bodyHtml, LocalDate eventDate, String place,
                                List<String> tags, String createdBy, Instant createdAt, Instant updatedAt,
                                Instant submittedAt, Instant publishAt, Instant publishedAt, String rejectionReason,
                                String withdrawalReason, int revisions, List<Review> reviews,
                                List<HistoryEntry> history) {
    }

    public record RevisionView(int number, Instant at, String by, boolean byEditor, String title, String lead,
                               String body, BodyFormat bodyFormat, String bodyHtml, LocalDate eventDate, String place,
                               List<String> tags) {
    }

    public PublicSummary summary(Article a) {
        ArticleContent c = a.content();
        return new PublicSummary(a.id(), a.slug(), url(a), a.unitId(), unitName(a.unitId()), c.title(), c.lead(),
                c.eventDate(), c.place(), c.tags(), a.publishedAt());
    }

    public PublicArticle publicArticle(Article a) {
        ArticleContent c = a.content();
        return new PublicArticle(a.id(), a.slug(), url(a), a.unitId(), unitName(a.unitId()), c.title(), c.lead(),
                a.bodyHtml(), c.eventDate(), c.place(), c.tags(), a.publishedAt(), a.updatedAt());
    }

    public EditorialView editorial(Article a) {
        ArticleContent c = a.content();
        return new EditorialView(a.id(), a.slug(), a.unitId(), unitName(a.unitId()), a.status(),
                statusLabel(a.status()), a.version(), c.title(), c.lead(), c.body(), c.bodyFormat(), a.bodyHtml(),
                c.eventDate(), c.place(), c.tags(), a.createdBy(), a.createdAt(), a.updatedAt(), a.submittedAt(),
                a.publishAt(), a.publishedAt(), a.rejectionReason(), a.withdrawalReason(), a.revisions().size(),
                a.reviews(), a.history());
    }

    public List<RevisionView> revisions(Article a) {
        return a.revisions().stream().map(r -> new RevisionView(r.number(), r.at(), r.by(), r.byEditor(),
                r.content().title(), r.content().lead(), r.content().body(), r.content().bodyFormat(), r.bodyHtml(),
                r.content().eventDate(), r.content().place(), r.content().tags())).toList();
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

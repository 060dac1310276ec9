package id.terbuka.news.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import id.terbuka.news.NewsSettings;
import id.terbuka.news.article.Article;
import id.terbuka.news.article.ArticleContent;
import id.terbuka.news.article.ArticleService;
import id.terbuka.news.article.ArticleViews;
import id.terbuka.news.article.Correction;
import id.terbuka.news.article.Cover;
import id.terbuka.news.image.Renditions;
import org.springframework.web.util.HtmlUtils;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * The newest published articles of a tenant (or of one of its units) as Atom 1.0 and RSS 2.0 (Rome) and JSON Feed
 * 1.1. Bodies are the stored sanitised HTML; entry ids are {@code urn:uuid:<article id>}, stable even if a later
 * version changed the address. An empty feed is dated at the epoch so that its ETag stays stable.
 */
@Component
public class Feeds {

    public static final String ATOM = "atom_1.0";
    public static final String RSS = "rss_2.0";
    private static final DateTimeFormatter CORRECTION_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ArticleService articles;
    private final ArticleViews views;
    private final LocalTenantDirectory tenants;
    private final NewsSettings settings;

    public Feeds(ArticleService articles, ArticleViews views, LocalTenantDirectory tenants, NewsSettings settings) {
        this.articles = articles;
        this.views = views;
        this.tenants = tenants;
        this.settings = settings;
    }

    /** Atom ({@link #ATOM}) or RSS ({@link #RSS}) as XML text. */
    public String xml(String tenant, String unit, String feedType, String fileName) {
        List<Article> newest = newest(tenant, unit);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(feedType);
        feed.setTitle(title(tenant, unit));
        feed.setDescription(description(tenant, unit));
        feed.setLink(homePage(tenant, unit));
        feed.setUri(feedUrl(tenant, unit, fileName));
        feed.setLanguage("id");
        feed.setPublishedDate(Date.from(updated(newest)));
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(feedUrl(tenant, unit, fileName));
        self.setType(feedType.equals(ATOM) ? "application/atom+xml" : "application/rss+xml");
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(homePage(tenant, unit));
        feed.setLinks(List.of(alternate, self));
        feed.setAuthors(List.of(person(tenantName(tenant))));
        List<SyndEntry> entries = new ArrayList<>();
        for (Article article : newest) {
            ArticleContent content = article.content();
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("urn:uuid:" + article.id());
            entry.setTitle(content.title());
            entry.setLink(views.url(article));
            entry.setPublishedDate(Date.from(article.publishedAt()));
            entry.setUpdatedDate(Date.from(article.updatedAt()));
            String unitName = views.unitName(article.unitId());
            entry.setAuthors(List.of(person(unitName == null ? tenantName(tenant) : unitName)));
            if (content.lead() != null) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text/plain");
                summary.setValue(content.lead());
                entry.setDescription(summary);
            }
            SyndContent body = new SyndContentImpl();
            body.setType("text/html");
            body.setValue(htmlWithCorrections(article));
            Cover cover = content.cover();
            if (cover != null) {
                // RSS <enclosure url length type>, Atom <link rel="enclosure">: the detail rendition
                SyndEnclosure enclosure = new SyndEnclosureImpl();
                enclosure.setUrl(views.imageUrl(tenant, cover.imageId(), Renditions.DETAIL));
                enclosure.setType(cover.contentType());
                enclosure.setLength(cover.size());
                entry.setEnclosures(List.of(enclosure));
            }
            entry.setContents(List.of(body));
            List<SyndCategory> categories = new ArrayList<>();
            for (String tag : content.tags()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(tag);
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the " + feedType + " feed of " + tenant, e);
        }
    }

    public JsonFeed json(String tenant, String unit) {
        List<JsonFeed.Item> items = newest(tenant, unit).stream().map(article -> {
            ArticleContent content = article.content();
            String unitName = views.unitName(article.unitId());
            Cover cover = content.cover();
            return new JsonFeed.Item(article.id(), views.url(article), content.title(), htmlWithCorrections(article),
                    content.lead(), cover == null ? null : views.imageUrl(tenant, cover.imageId(), Renditions.DETAIL),
                    article.publishedAt(), article.updatedAt(),
                    unitName == null ? List.of() : List.of(new JsonFeed.Author(unitName, null)), content.tags());
        }).toList();
        return new JsonFeed(JsonFeed.VERSION, title(tenant, unit), homePage(tenant, unit),
                feedUrl(tenant, unit, "feed.json"), description(tenant, unit), "id",
                List.of(new JsonFeed.Author(tenantName(tenant), null)), items);
    }

    /**
     * The body readers get in a feed, followed by the correction notes (newest last) so that a feed reader that
     * already showed the article sees what was corrected. Notes are plain text, escaped here.
     */
    static String htmlWithCorrections(Article article) {
        if (article.corrections().isEmpty()) {
            return article.bodyHtml();
        }
        StringBuilder html = new StringBuilder(article.bodyHtml());
        for (Correction correction : article.corrections()) {
            html.append("\n<p class=\"koreksi\"><strong>Koreksi ")
                    .append(CORRECTION_DATE.format(correction.at())).append(":</strong> ")
                    .append(HtmlUtils.htmlEscape(correction.note(), "UTF-8")).append("</p>");
        }
        return html.toString();
    }

    private List<Article> newest(String tenant, String unit) {
        return articles.published(tenant, unit, null, 0, settings.feedSize()).getContent();
    }

    private static Instant updated(List<Article> newest) {
        return newest.stream().map(Article::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    private String title(String tenant, String unit) {
        String name = tenantName(tenant);
        if (unit == null) {
            return "Berita " + name;
        }
        String unitName = views.unitName(unit);
        return "Berita " + (unitName == null ? unit : unitName) + " — " + name;
    }

    private String description(String tenant, String unit) {
        return unit == null ? "Berita perangkat daerah " + tenantName(tenant) : title(tenant, unit);
    }

    private String homePage(String tenant, String unit) {
        return settings.publicBaseUrl() + "/api/v1/" + tenant + "/news" + (unit == null ? "" : "?unit=" + unit);
    }

    private String feedUrl(String tenant, String unit, String fileName) {
        return settings.publicBaseUrl() + "/api/v1/" + tenant + "/news/" + fileName
                + (unit == null ? "" : "?unit=" + unit);
    }

    private String tenantName(String tenant) {
        return tenants.find(tenant).map(LocalTenant::name).orElse(tenant);
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }
}

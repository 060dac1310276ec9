package id.terbuka.news.feed;

import id.terbuka.news.article.Article;
import id.terbuka.news.article.ArticleStatus;
import id.terbuka.news.article.ArticleViews;
import id.terbuka.platform.directory.LocalTenant;
import id.terbuka.platform.directory.LocalTenantDirectory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Sitemaps of a tenant's published news. The news sitemap follows Google's News sitemap format ({@code news:}
 * namespace): only articles published in the last two days, at most 1,000. The general sitemap (sitemaps.org 0.9)
 * lists every published article with its last change, at most 50,000 (the format's limit per file). Written with
 * StAX, so text is always escaped and the XML well formed.
 */
@Component
public class Sitemaps {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int NEWS_LIMIT = 1000;
    static final int SITEMAP_LIMIT = 50_000;

    private final MongoTemplate mongo;
    private final ArticleViews views;
    private final LocalTenantDirectory tenants;
    private final Clock clock;

    public Sitemaps(MongoTemplate mongo, ArticleViews views, LocalTenantDirectory tenants, Clock clock) {
        this.mongo = mongo;
        this.views = views;
        this.tenants = tenants;
        this.clock = clock;
    }

    public String news(String tenant) {
        Criteria recent = published(tenant).and("publishedAt").gte(clock.instant().minus(NEWS_WINDOW));
        List<Article> articles = mongo.find(Query.query(recent).with(Sort.by(Sort.Order.desc("publishedAt")))
                .limit(NEWS_LIMIT), Article.class);
        String publication = "Berita " + tenants.find(tenant).map(LocalTenant::name).orElse(tenant);
        return write(writer -> {
            writer.writeStartElement("urlset");
            writer.writeDefaultNamespace(SITEMAP_NS);
            writer.writeNamespace("news", NEWS_NS);
            for (Article article : articles) {
                writer.writeStartElement("url");
                element(writer, null, "loc", views.url(article));
                writer.writeStartElement("news", "news", NEWS_NS);
                writer.writeStartElement("news", "publication", NEWS_NS);
                element(writer, NEWS_NS, "name", publication);
                element(writer, NEWS_NS, "language", "id");
                writer.writeEndElement();
                element(writer, NEWS_NS, "publication_date",
                        DateTimeFormatter.ISO_INSTANT.format(article.publishedAt()));
                element(writer, NEWS_NS, "title", article.content().title());
                writer.writeEndElement();
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
    }

    public String general(String tenant) {
        Query query = Query.query(published(tenant)).with(Sort.by(Sort.Order.desc("publishedAt"))).limit(SITEMAP_LIMIT);
        query.fields().include("tenant", "slug", "updatedAt");
        List<Article> articles = mongo.find(query, Article.class);
        return write(writer -> {
            writer.writeStartElement("urlset");
            writer.writeDefaultNamespace(SITEMAP_NS);
            for (Article article : articles) {
                writer.writeStartElement("url");
                element(writer, null, "loc", views.url(article));
                element(writer, null, "lastmod", DateTimeFormatter.ISO_INSTANT.format(article.updatedAt()));
                writer.writeEndElement();
            }
            writer.writeEndElement();
        });
    }

    private static Criteria published(String tenant) {
        return Criteria.where("tenant").is(tenant).and("status").is(ArticleStatus.PUBLISHED);
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a sitemap", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter writer, String namespace, String name, String text)
            throws XMLStreamException {
        if (namespace == null) {
            writer.writeStartElement(name);
        } else {
            writer.writeStartElement("news", name, namespace);
        }
        writer.writeCharacters(text == null ? "" : text);
        writer.writeEndElement();
    }
}

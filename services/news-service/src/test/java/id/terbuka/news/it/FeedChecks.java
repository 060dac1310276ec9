package id.terbuka.news.it;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The required parts of each feed format, checked on the wire (no network validator here): Atom 1.0 (RFC 4287
 * §4.1.1, §4.1.2), RSS 2.0 (the RSS Advisory Board's specification: channel title/link/description, item title or
 * description, RFC 822 dates) and JSON Feed 1.1 (version, title, items with id and content). The XML must be
 * well formed (a strict namespace-aware parser, no DTDs).
 */
final class FeedChecks {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

    private FeedChecks() {
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<String> text(Document document, String namespace, String localName) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** RFC 4287: feed and entries have exactly one id (an absolute IRI), title and updated (RFC 3339); authors. */
    static void assertAtom(String xml, int entries) throws Exception {
        Element feed = parse(xml).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        requireAtomCore(feed);
        assertThat(children(feed, "link")).anySatisfy(link -> assertThat(link.getAttribute("rel")).isEqualTo("self"));
        boolean feedAuthor = !children(feed, "author").isEmpty();
        List<Element> items = children(feed, "entry");
        assertThat(items).hasSize(entries);
        for (Element entry : items) {
            requireAtomCore(entry);
            assertThat(feedAuthor || !children(entry, "author").isEmpty()).as("an author").isTrue();
            for (Element author : children(entry, "author")) {
                assertThat(children(author, "name")).hasSize(1);
            }
            // without atom:content an entry needs a rel="alternate" link; we carry both
            assertThat(children(entry, "link")).anySatisfy(link -> assertThat(link.getAttribute("rel"))
                    .isIn("", "alternate"));
            for (Element content : children(entry, "content")) {
                assertThat(content.getAttribute("type")).isIn("html", "text", "xhtml");
            }
        }
    }

    private static void requireAtomCore(Element element) {
        assertThat(children(element, "id")).as("atom:id").hasSize(1);
        assertThat(URI.create(children(element, "id").get(0).getTextContent().strip()).isAbsolute()).isTrue();
        assertThat(children(element, "title")).as("atom:title").hasSize(1);
        assertThat(children(element, "updated")).as("atom:updated").hasSize(1);
        OffsetDateTime.parse(children(element, "updated").get(0).getTextContent().strip());
    }

    /** RSS 2.0: one channel with title, link, description; items with a title or description; RFC 822 dates. */
    static void assertRss(String xml, int items) throws Exception {
        Element rss = parse(xml).getDocumentElement();
        assertThat(rss.getLocalName()).isEqualTo("rss");
        assertThat(rss.getAttribute("version")).isEqualTo("2.0");
        List<Element> channels = children(rss, "channel");
        assertThat(channels).hasSize(1);
        Element channel = channels.get(0);
        for (String required : List.of("title", "link", "description")) {
            assertThat(children(channel, required)).as(required).hasSize(1);
            assertThat(children(channel, required).get(0).getTextContent()).isNotBlank();
        }
        assertThat(URI.create(children(channel, "link").get(0).getTextContent().strip()).isAbsolute()).isTrue();
        List<Element> entries = children(channel, "item");
        assertThat(entries).hasSize(items);
        for (Element item : entries) {
            assertThat(children(item, "title").size() + children(item, "description").size()).isPositive();
            for (Element date : children(item, "pubDate")) {
                ZonedDateTime.parse(date.getTextContent().strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
            }
            for (Element enclosure : children(item, "enclosure")) {
                assertThat(enclosure.getAttribute("url")).startsWith("http");
                assertThat(Long.parseLong(enclosure.getAttribute("length"))).isPositive();
                assertThat(enclosure.getAttribute("type")).startsWith("image/");
            }
        }
    }

    /** JSON Feed 1.1: version, title, items; every item an id and content_html or content_text; RFC 3339 dates. */
    static void assertJsonFeed(JsonNode feed, int items) {
        assertThat(feed.path("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.path("title").asString()).isNotBlank();
        assertThat(feed.path("items").isArray()).isTrue();
        assertThat(feed.path("items").size()).isEqualTo(items);
        for (JsonNode item : feed.path("items")) {
            assertThat(item.path("id").isString()).isTrue();
            assertThat(item.path("content_html").isString() || item.path("content_text").isString()).isTrue();
            for (String date : List.of("date_published", "date_modified")) {
                if (item.has(date)) {
                    OffsetDateTime.parse(item.path(date).asString());
                }
            }
        }
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}

package id.terbuka.news.content;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns what an operator or editor wrote into HTML a reader may safely see. Markdown is rendered first (raw HTML
 * inside it passes through the renderer), then EVERYTHING goes through one allow-list policy (OWASP Java HTML
 * Sanitizer): only text formatting, blocks, lists, tables, links and images over http(s)/mailto survive; scripts,
 * styles, event-handler attributes ({@code on*=}), {@code javascript:} and {@code data:} URLs never do.
 */
public class BodySanitizer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "figure", "figcaption")
                    .allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("title").onElements("a")
                    .allowUrlProtocols("https", "http", "mailto")
                    .toFactory());

    private final Parser markdown = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().sanitizeUrls(true).build();

    /** Sanitised HTML for {@code body} written in {@code format}; never null. */
    public String toSafeHtml(String body, BodyFormat format) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String html = format == BodyFormat.MARKDOWN ? renderer.render(markdown.parse(body)) : body;
        return POLICY.sanitize(html).strip();
    }
}

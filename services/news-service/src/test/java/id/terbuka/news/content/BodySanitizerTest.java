package id.terbuka.news.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class BodySanitizerTest {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @ParameterizedTest
    @EnumSource(BodyFormat.class)
    void scriptsEventHandlersAndJavascriptUrlsNeverSurvive(BodyFormat format) {
        String body = """
                Pembukaan **pameran** UMKM.

                <script>alert('x')</script>
                <img src="https://kutaitimurkab.go.id/a.jpg" onerror="alert(1)" alt="foto">
                <a href="javascript:alert(1)">klik</a> <a href="JAVASCRIPT:alert(2)">lagi</a>
                <p onclick="steal()" style="background:url(javascript:x)">teks</p>
                <iframe src="https://evil.example"></iframe><svg onload="alert(3)"></svg>
                [tautan](javascript:alert(4)) <img src="data:image/svg+xml;base64,PHN2Zz4=">
                """;
        String html = sanitizer.toSafeHtml(body, format).toLowerCase();
        assertThat(html).doesNotContain("<script", "alert('x')", "onerror", "onclick", "onload", "href=\"javascript",
                "<iframe", "<svg", "style=", "src=\"data:");
        assertThat(html).contains("teks", "klik", "https://kutaitimurkab.go.id/a.jpg");
    }

    @Test
    void aMarkdownLinkToJavascriptLosesItsTarget() {
        String html = sanitizer.toSafeHtml("Lihat [tautan](javascript:alert(4)) dan [ini](https://a.go.id).",
                BodyFormat.MARKDOWN);
        assertThat(html).doesNotContain("javascript").contains("tautan", "href=\"https://a.go.id\"");
    }

    @Test
    void rendersMarkdownToAllowedHtml() {
        String html = sanitizer.toSafeHtml("""
                # Judul

                Bupati *meresmikan* [jembatan](https://kutaitimurkab.go.id/jembatan).

                - satu
                - dua
                """, BodyFormat.MARKDOWN);
        assertThat(html).contains("<h1>Judul</h1>", "<em>meresmikan</em>", "<li>satu</li>",
                "href=\"https://kutaitimurkab.go.id/jembatan\"", "rel=\"nofollow");
    }

    @Test
    void keepsHtmlFormattingAndTables() {
        String html = sanitizer.toSafeHtml("<p>Dana <b>Rp 1 miliar</b></p><table><tr><td>a</td></tr></table>",
                BodyFormat.HTML);
        assertThat(html).contains("<b>Rp 1 miliar</b>", "<td>a</td>");
    }

    @Test
    void emptyBodyIsEmptyHtml() {
        assertThat(sanitizer.toSafeHtml("  ", BodyFormat.HTML)).isEmpty();
    }
}

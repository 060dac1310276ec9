package id.terbuka.news.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Indonesian search terms with Lucene's {@link IndonesianAnalyzer}: lower case, stop words dropped, prefixes and
 * suffixes stemmed ({@code melaporkan} and {@code laporan} both become {@code lapor}). Articles store the terms of
 * their text; a query matches when all of its terms are there ({@code $all}) — the MongoDB-protocol server used
 * here has no {@code $text}, and terms in the document need no separate index to keep in step on every replica.
 */
public final class SearchTerms {

    private static final Analyzer ANALYZER = new IndonesianAnalyzer();
    /** Cap on the distinct terms stored per article: bodies can be long, the terms array must stay small. */
    static final int MAX_TERMS = 2000;

    private SearchTerms() {
    }

    /** The distinct terms of {@code texts}, in order of first appearance; nulls skipped. */
    public static List<String> of(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                    terms.add(term.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(terms);
    }

    /** Plain text of sanitised HTML, for the terms (tags dropped, entities of the common kind decoded). */
    public static String textOf(String html) {
        if (html == null) {
            return null;
        }
        return html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }
}

package id.terbuka.complaint.duplicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stemmed Indonesian terms of a text (Lucene's IndonesianAnalyzer: lower case, stop words such as "di", "yang",
 * "sudah" removed, affixes stemmed so "berlubang" and "lubang" meet), and how much two such sets overlap.
 */
public final class TermSets {

    private static final Analyzer ANALYZER = new IndonesianAnalyzer();

    private TermSets() {
    }

    public static Set<String> of(String... texts) {
        Set<String> terms = new TreeSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    // single letters and bare numbers (house numbers, dates) say little about the matter
                    String t = term.toString();
                    if (t.length() > 1 && !t.chars().allMatch(Character::isDigit)) {
                        terms.add(t);
                    }
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return terms;
    }

    /** Shared terms over the smaller set (overlap coefficient): a short report inside a longer one still scores. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / Math.min(a.size(), b.size());
    }

    public static long shared(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).count();
    }
}

package id.terbuka.news.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Readable article addresses: {@code "Bupati Resmikan Jembatan Sangatta–Bengalon"} →
 * {@code bupati-resmikan-jembatan-sangatta-bengalon}. Accents are dropped (é → e), everything is lower-cased in the
 * root locale (no Turkish dotless i), anything else becomes a dash; at most {@value #MAX_LENGTH} characters, cut at
 * a word. Uniqueness within a tenant is the caller's: {@link #withSuffix} gives {@code -2}, {@code -3}, ...
 */
public final class Slugs {

    static final int MAX_LENGTH = 80;
    /** Path segments of the news API that a slug must never take. */
    static final Set<String> RESERVED = Set.of("activity", "editorial", "feed", "images", "sitemap", "search");

    private Slugs() {
    }

    public static String base(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int cut = slug.lastIndexOf('-');
            slug = cut > MAX_LENGTH / 2 ? slug.substring(0, cut) : slug.replaceAll("-+$", "");
        }
        if (slug.isEmpty()) {
            return "berita";
        }
        return RESERVED.contains(slug) ? slug + "-berita" : slug;
    }

    public static String withSuffix(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}

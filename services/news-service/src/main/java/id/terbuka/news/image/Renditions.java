package id.terbuka.news.image;

import java.util.Set;

/** The stored sizes of an image: the cleaned original, the list thumbnail (480 px) and the detail page (1200 px). */
public final class Renditions {

    public static final String ORIGINAL = "original";
    public static final String LIST = "list";
    public static final String DETAIL = "detail";
    public static final Set<String> ALL = Set.of(ORIGINAL, LIST, DETAIL);

    private Renditions() {
    }
}

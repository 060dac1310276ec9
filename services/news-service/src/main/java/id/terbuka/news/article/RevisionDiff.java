package id.terbuka.news.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A readable line diff between two revisions of an article: per field (title, lead, body source, and the smaller
 * fields together as "details"), the unified diff text with three lines of context, and whether it changed.
 * {@code from} and {@code to} are revision numbers; any two may be compared, in either order.
 */
public final class RevisionDiff {

    private static final int CONTEXT = 3;

    private RevisionDiff() {
    }

    public record FieldDiff(String field, boolean changed, int linesAdded, int linesRemoved, String unified) {
    }

    public record View(String articleId, int from, int to, boolean changed, List<FieldDiff> fields) {
    }

    public static View between(String articleId, Revision from, Revision to) {
        List<FieldDiff> fields = new ArrayList<>();
        ArticleContent a = from.content();
        ArticleContent b = to.content();
        fields.add(field("title", a.title(), b.title(), from.number(), to.number()));
        fields.add(field("lead", a.lead(), b.lead(), from.number(), to.number()));
        fields.add(field("body", a.body(), b.body(), from.number(), to.number()));
        fields.add(field("details", details(a), details(b), from.number(), to.number()));
        return new View(articleId, from.number(), to.number(), fields.stream().anyMatch(FieldDiff::changed), fields);
    }

    /** The smaller fields, one per line, so that a change reads as {@code -place: X / +place: Y}. */
    private static String details(ArticleContent c) {
        Cover cover = c.cover();
        return String.join("\n",
                "bodyFormat: " + c.bodyFormat(),
                "eventDate: " + (c.eventDate() == null ? "" : c.eventDate()),
                "place: " + Objects.toString(c.place(), ""),
                "tags: " + String.join(", ", c.tags()),
                "cover: " + (cover == null ? "" : cover.imageId()),
                "coverCaption: " + (cover == null ? "" : Objects.toString(cover.caption(), "")),
                "coverCredit: " + (cover == null ? "" : Objects.toString(cover.credit(), "")));
    }

    private static FieldDiff field(String name, String before, String after, int from, int to) {
        List<String> original = lines(before);
        List<String> revised = lines(after);
        Patch<String> patch = DiffUtils.diff(original, revised);
        if (patch.getDeltas().isEmpty()) {
            return new FieldDiff(name, false, 0, 0, "");
        }
        int added = patch.getDeltas().stream().mapToInt(d -> d.getTarget().size()).sum();
        int removed = patch.getDeltas().stream().mapToInt(d -> d.getSource().size()).sum();
        List<String> unified = UnifiedDiffUtils.generateUnifiedDiff(name + " (revisi " + from + ")",
                name + " (revisi " + to + ")", original, patch, CONTEXT);
        return new FieldDiff(name, true, added, removed, String.join("\n", unified));
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\\R", -1));
    }
}

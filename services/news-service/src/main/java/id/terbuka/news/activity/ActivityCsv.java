package id.terbuka.news.activity;

import java.util.List;
import java.util.Objects;

/**
 * The activity board as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled). A field starting with {@code = + - @} is prefixed with an apostrophe so that a unit name
 * can never run as a spreadsheet formula.
 */
public final class ActivityCsv {

    static final List<String> HEADER = List.of("rank", "unitId", "code", "name", "drafts", "submitted", "published",
            "rejected", "awaitingReview", "medianReviewMinutes", "lastPublishedAt", "daysSinceLastPublication",
            "silent");

    private ActivityCsv() {
    }

    public static String of(ActivityBoard.Board board) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (ActivityBoard.UnitActivity u : board.units()) {
            line(csv, List.of(String.valueOf(u.rank()), u.unitId(), text(u.code()), text(u.name()),
                    String.valueOf(u.drafts()), String.valueOf(u.submitted()), String.valueOf(u.published()),
                    String.valueOf(u.rejected()), String.valueOf(u.awaitingReview()), text(u.medianReviewMinutes()),
                    text(u.lastPublishedAt()), text(u.daysSinceLastPublication()), String.valueOf(u.silent())));
        }
        return csv.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : Objects.toString(value);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}

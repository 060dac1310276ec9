package id.terbuka.complaint.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GeoReport v2 XML shape: a root element holding one element per record, one child per field (null fields are
 * written empty, as the spec's examples do). Field maps keep their order.
 */
final class Xml {

    private Xml() {
    }

    static String document(String root, String item, List<Map<String, Object>> records) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
        for (Map<String, Object> record : records) {
            out.append('<').append(item).append('>');
            for (Map.Entry<String, Object> field : record.entrySet()) {
                out.append('<').append(field.getKey()).append('>');
                if (field.getValue() != null) {
                    out.append(escape(String.valueOf(field.getValue())));
                }
                out.append("</").append(field.getKey()).append('>');
            }
            out.append("</").append(item).append('>');
        }
        return out.append("</").append(root).append(">\n").toString();
    }

    static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // characters XML 1.0 cannot carry are dropped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}

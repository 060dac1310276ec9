package id.terbuka.catalogue.dip;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The DIP as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break in double
 * quotes, quotes doubled), UTF-8 with a byte order mark so that Excel opens the Indonesian text correctly. The first
 * line holds the column headers.
 */
final class DipCsv implements DipWriter {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";
    private static final char BOM = '\uFEFF';

    private final Writer out;

    DipCsv(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    @Override
    public void begin(DipHeading heading) throws IOException {
        out.write(BOM);
        line(DipRow.HEADERS);
    }

    @Override
    public void row(DipRow row) throws IOException {
        line(row.cells());
    }

    @Override
    public void end(int rows) throws IOException {
        out.flush();
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}

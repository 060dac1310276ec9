package id.terbuka.news.activity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityCsvTest {

    @Test
    void oneRowPerUnitWithQuotingAndNoFormulas() {
        ActivityBoard.Board board = new ActivityBoard.Board("kutai-timur", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), 30, LocalDate.of(2026, 3, 31), List.of(
                new ActivityBoard.UnitActivity(1, "u-1", "DISKOMINFO", "Dinas Kominfo, Statistik dan \"Persandian\"",
                        3, 2, 2, 0, 0, 45L, Instant.parse("2026-03-30T01:00:00Z"), 1L, false),
                new ActivityBoard.UnitActivity(2, "u-2", "DLH", "=HYPERLINK(\"http://x\")", 0, 0, 0, 0, 0, null,
                        null, null, true)),
                new ActivityBoard.Totals(3, 2, 2, 0, 0, 1));

        String[] lines = ActivityCsv.of(board).split("\r\n", -1);

        assertThat(lines).hasSize(4); // header, two units, and the empty rest after the last CRLF
        assertThat(lines[0]).isEqualTo(String.join(",", ActivityCsv.HEADER));
        assertThat(lines[1]).isEqualTo("1,u-1,DISKOMINFO,\"Dinas Kominfo, Statistik dan \"\"Persandian\"\"\","
                + "3,2,2,0,0,45,2026-03-30T01:00:00Z,1,false");
        assertThat(lines[2]).startsWith("2,u-2,DLH,\"'=HYPERLINK(").endsWith(",0,0,0,0,0,,,,true");
        assertThat(lines[3]).isEmpty();
    }

    @Test
    void negativeNumbersStayNumbers() {
        assertThat(ActivityCsv.field("-3")).isEqualTo("-3");
        assertThat(ActivityCsv.field("-x")).isEqualTo("'-x");
    }
}

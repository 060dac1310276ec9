package id.terbuka.news.activity;

import id.terbuka.news.article.ArticleStatus;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static id.terbuka.news.activity.ActivityBoardTest.BAPPEDA;
import static id.terbuka.news.activity.ActivityBoardTest.DINKES;
import static id.terbuka.news.activity.ActivityBoardTest.DISKOMINFO;
import static id.terbuka.news.activity.ActivityBoardTest.WITA;
import static id.terbuka.news.activity.ActivityBoardTest.at;
import static org.assertj.core.api.Assertions.assertThat;

class MonthlyRankingTest {

    static ArticleFacts publishedAt(String unit, String local) {
        return new ArticleFacts(unit, ArticleStatus.PUBLISHED, null, null, at(local), null, List.of());
    }

    final List<ArticleFacts> articles = List.of(
            publishedAt("u-kominfo", "2026-01-10T08:00"),
            publishedAt("u-kominfo", "2026-01-20T08:00"),
            publishedAt("u-dinkes", "2026-01-15T08:00"),
            publishedAt("u-dinkes", "2026-02-15T08:00"),
            publishedAt("u-bappeda", "2026-02-16T08:00"),
            // 1 March 00:30 WITA is still 28 February in UTC: it counts for March
            publishedAt("u-dinkes", "2026-03-01T00:30"),
            // outside the period
            publishedAt("u-kominfo", "2025-12-31T23:00"),
            new ArticleFacts("u-kominfo", ArticleStatus.IN_REVIEW, null, null, null, null, List.of()));

    @Test
    void everyMonthRanksEveryUnitByItsPublicationsWithSharedRanksForTies() {
        MonthlyRanking.History history = MonthlyRanking.compute("kutai-timur", List.of(DISKOMINFO, DINKES, BAPPEDA),
                articles, YearMonth.of(2026, 1), YearMonth.of(2026, 4), WITA);

        assertThat(history.months()).extracting(MonthlyRanking.Month::month).containsExactly(YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertThat(history.months()).extracting(MonthlyRanking.Month::published).containsExactly(3L, 2L, 1L, 0L);
        assertThat(rows(history.months().get(0))).containsExactly("1 01 2", "2 02 1", "3 03 0");
        assertThat(rows(history.months().get(1))).containsExactly("1 02 1", "1 03 1", "3 01 0");
        assertThat(rows(history.months().get(2))).containsExactly("1 02 1", "2 01 0", "2 03 0");
        assertThat(rows(history.months().get(3))).containsExactly("1 01 0", "1 02 0", "1 03 0");
    }

    @Test
    void theCsvHasOneLinePerMonthAndUnit() {
        MonthlyRanking.History history = MonthlyRanking.compute("kutai-timur", List.of(DISKOMINFO,
                ActivityBoardTest.unit("u-x", "09", "=HYPERLINK(\"x\")")), articles, YearMonth.of(2026, 1),
                YearMonth.of(2026, 2), WITA);
        String[] lines = MonthlyRanking.csv(history).split("\r\n");
        assertThat(lines).containsExactly("month,rank,unitId,code,name,published",
                "2026-01,1,u-kominfo,01,Diskominfo,2",
                "2026-01,2,u-x,09,\"'=HYPERLINK(\"\"x\"\")\",0",
                "2026-02,1,u-kominfo,01,Diskominfo,0",
                "2026-02,1,u-x,09,\"'=HYPERLINK(\"\"x\"\")\",0");
    }

    private static List<String> rows(MonthlyRanking.Month month) {
        return month.units().stream().map(u -> u.rank() + " " + u.code() + " " + u.published()).toList();
    }
}

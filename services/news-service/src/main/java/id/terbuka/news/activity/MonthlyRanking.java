package id.terbuka.news.activity;

import id.terbuka.platform.directory.LocalUnit;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking history of the activity board: for every tenant-local month of a period and every active unit, how
 * many articles the unit published for the first time in that month and its rank among the units. Ranked by that
 * count; units with the same count share a rank (1, 2, 2, 4: standard competition ranking), listed by unit code.
 * Units without a publication in the month are listed too (0), ranked together last.
 */
public final class MonthlyRanking {

    private MonthlyRanking() {
    }

    public record History(String tenant, YearMonth from, YearMonth to, List<Month> months) {
    }

    public record Month(YearMonth month, long published, List<UnitRank> units) {
    }

    public record UnitRank(int rank, String unitId, String code, String name, long published) {
    }

    public static History compute(String tenant, List<LocalUnit> activeUnits, List<ArticleFacts> articles,
                                  YearMonth from, YearMonth to, ZoneId zone) {
        Map<YearMonth, Map<String, Long>> counts = new HashMap<>();
        for (ArticleFacts article : articles) {
            Instant published = article.firstPublishedAt();
            if (published == null) {
                continue;
            }
            YearMonth month = YearMonth.from(published.atZone(zone));
            if (month.isBefore(from) || month.isAfter(to)) {
                continue;
            }
            counts.computeIfAbsent(month, m -> new HashMap<>()).merge(article.unitId(), 1L, Long::sum);
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            Map<String, Long> own = counts.getOrDefault(month, Map.of());
            List<UnitRank> rows = new ArrayList<>();
            for (LocalUnit unit : activeUnits) {
                rows.add(new UnitRank(0, unit.unitId(), unit.code(), unit.name(),
                        own.getOrDefault(unit.unitId(), 0L)));
            }
            rows.sort(Comparator.comparingLong(UnitRank::published).reversed()
                    .thenComparing(u -> u.code() == null ? "" : u.code()));
            List<UnitRank> ranked = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                UnitRank u = rows.get(i);
                int rank = i > 0 && rows.get(i - 1).published() == u.published() ? ranked.get(i - 1).rank() : i + 1;
                ranked.add(new UnitRank(rank, u.unitId(), u.code(), u.name(), u.published()));
            }
            months.add(new Month(month, ranked.stream().mapToLong(UnitRank::published).sum(), ranked));
        }
        return new History(tenant, from, to, months);
    }

    /** One line per month and unit: {@code month,rank,unitId,code,name,published} (RFC 4180, formula guard). */
    public static String csv(History history) {
        StringBuilder csv = new StringBuilder("month,rank,unitId,code,name,published\r\n");
        for (Month month : history.months()) {
            for (UnitRank u : month.units()) {
                csv.append(month.month()).append(',').append(u.rank()).append(',')
                        .append(ActivityCsv.field(nullToEmpty(u.unitId()))).append(',')
                        .append(ActivityCsv.field(nullToEmpty(u.code()))).append(',')
                        .append(ActivityCsv.field(nullToEmpty(u.name()))).append(',')
                        .append(u.published()).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

package id.terbuka.news.activity;

import id.terbuka.news.article.ArticleStatus;
import id.terbuka.news.article.Review;
import id.terbuka.platform.directory.LocalUnit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "which OPDs stay silent" view (domain.md §7.1: submitted vs published, like the Media Center's "terkirim vs
 * tayang"). Pure computation over the articles of a tenant; every active unit gets a row, including units that never
 * wrote anything.
 *
 * <p>Per unit, for the tenant-local days {@code from..to} (both included): {@code drafts} articles created,
 * {@code submitted} first submissions, {@code published} first publications, {@code rejected} rejections,
 * {@code medianReviewMinutes} the median time from a submission to the editor's decision on it, over decisions made
 * in the period; and now: {@code awaitingReview} (IN_REVIEW), {@code lastPublishedAt} (ever),
 * {@code daysSinceLastPublication} (tenant-local days until today) and {@code silent} when nothing was published in
 * the last {@code silentDays} days (never published counts as silent). Ranked by publications, then submissions,
 * then unit code.
 */
public final class ActivityBoard {

    private ActivityBoard() {
    }

    public record Board(String tenant, LocalDate from, LocalDate to, int silentDays, LocalDate today,
                        List<UnitActivity> units, Totals totals) {
    }

    public record UnitActivity(int rank, String unitId, String code, String name, long drafts, long submitted,
                               long published, long rejected, long awaitingReview, Long medianReviewMinutes,
                               Instant lastPublishedAt, Long daysSinceLastPublication, boolean silent) {
    }

    public record Totals(long drafts, long submitted, long published, long rejected, long awaitingReview,
                         long silentUnits) {
    }

    public static Board compute(String tenant, List<LocalUnit> activeUnits, List<ArticleFacts> articles,
                                LocalDate from, LocalDate to, ZoneId zone, LocalDate today, int silentDays) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, List<ArticleFacts>> byUnit = articles.stream()
                .collect(Collectors.groupingBy(ArticleFacts::unitId));
        List<UnitActivity> rows = new ArrayList<>();
        for (LocalUnit unit : activeUnits) {
            List<ArticleFacts> own = byUnit.getOrDefault(unit.unitId(), List.of());
            long drafts = own.stream().filter(a -> within(a.createdAt(), start, end)).count();
            long submitted = own.stream().filter(a -> within(a.firstSubmittedAt(), start, end)).count();
            long published = own.stream().filter(a -> within(a.firstPublishedAt(), start, end)).count();
            long rejected = own.stream().filter(a -> within(a.rejectedAt(), start, end)).count();
            long awaiting = own.stream().filter(a -> a.status() == ArticleStatus.IN_REVIEW).count();
            List<Long> reviewMinutes = own.stream().flatMap(a -> a.reviews().stream())
                    .filter(r -> within(r.decidedAt(), start, end) && r.submittedAt() != null)
                    .map(ActivityBoard::minutes).sorted().toList();
            Instant last = own.stream().map(ArticleFacts::firstPublishedAt).filter(i -> i != null)
                    .max(Comparator.naturalOrder()).orElse(null);
            Long daysSince = last == null ? null
                    : ChronoUnit.DAYS.between(last.atZone(zone).toLocalDate(), today);
            boolean silent = daysSince == null || daysSince >= silentDays;
            rows.add(new UnitActivity(0, unit.unitId(), unit.code(), unit.name(), drafts, submitted, published,
                    rejected, awaiting, median(reviewMinutes), last, daysSince, silent));
        }
        rows.sort(Comparator.comparingLong(UnitActivity::published).reversed()
                .thenComparing(Comparator.comparingLong(UnitActivity::submitted).reversed())
                .thenComparing(u -> u.code() == null ? "" : u.code()));
        List<UnitActivity> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UnitActivity u = rows.get(i);
            ranked.add(new UnitActivity(i + 1, u.unitId(), u.code(), u.name(), u.drafts(), u.submitted(),
                    u.published(), u.rejected(), u.awaitingReview(), u.medianReviewMinutes(), u.lastPublishedAt(),
                    u.daysSinceLastPublication(), u.silent()));
        }
        Totals totals = new Totals(sum(ranked, UnitActivity::drafts), sum(ranked, UnitActivity::submitted),
                sum(ranked, UnitActivity::published), sum(ranked, UnitActivity::rejected),
                sum(ranked, UnitActivity::awaitingReview), ranked.stream().filter(UnitActivity::silent).count());
        return new Board(tenant, from, to, silentDays, today, ranked, totals);
    }

    private static boolean within(Instant at, Instant start, Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    private static long minutes(Review review) {
        return Duration.between(review.submittedAt(), review.decidedAt()).toMinutes();
    }

    /** The median of sorted values (the mean of the two middle ones, rounded down); null when there are none. */
    static Long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static long sum(List<UnitActivity> rows, java.util.function.ToLongFunction<UnitActivity> value) {
        return rows.stream().mapToLong(value).sum();
    }
}

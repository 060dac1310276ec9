package id.terbuka.news.activity;

import id.terbuka.news.article.ArticleStatus;
import id.terbuka.news.article.Review;
import id.terbuka.news.article.ReviewDecision;
import id.terbuka.platform.directory.LocalUnit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityBoardTest {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    static final LocalUnit DISKOMINFO = unit("u-kominfo", "01", "Diskominfo");
    static final LocalUnit DINKES = unit("u-dinkes", "02", "Dinas Kesehatan");
    static final LocalUnit BAPPEDA = unit("u-bappeda", "03", "Bappeda");

    static LocalUnit unit(String id, String code, String name) {
        return new LocalUnit(id, "kutai-timur", code, name, "DINAS", LocalUnit.ACTIVE, 0, 0);
    }

    static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(WITA).toInstant();
    }

    static Review review(String submitted, String decided) {
        return new Review(ReviewDecision.APPROVE, null, "editor", 1, at(submitted), at(decided), null);
    }

    @Test
    void countsPerUnitWithinTheTenantLocalPeriodAndFlagsSilentUnits() {
        List<ArticleFacts> articles = List.of(
                // Diskominfo: two published in March (review 60 and 180 minutes), one draft
                new ArticleFacts("u-kominfo", ArticleStatus.PUBLISHED, at("2026-03-02T08:00"),
                        at("2026-03-02T09:00"), at("2026-03-02T10:00"), null,
                        List.of(review("2026-03-02T09:00", "2026-03-02T10:00"))),
                new ArticleFacts("u-kominfo", ArticleStatus.PUBLISHED, at("2026-03-20T08:00"),
                        at("2026-03-20T09:00"), at("2026-03-20T12:00"), null,
                        List.of(review("2026-03-20T09:00", "2026-03-20T12:00"))),
                new ArticleFacts("u-kominfo", ArticleStatus.DRAFT, at("2026-03-31T23:30"), null, null, null,
                        List.of()),
                // Dinkes: published in January (before the period), one rejected and one awaiting review in March
                new ArticleFacts("u-dinkes", ArticleStatus.PUBLISHED, at("2026-01-05T08:00"),
                        at("2026-01-05T09:00"), at("2026-01-05T10:00"), null, List.of()),
                new ArticleFacts("u-dinkes", ArticleStatus.REJECTED, at("2026-03-03T08:00"),
                        at("2026-03-03T09:00"), null, at("2026-03-04T09:00"),
                        List.of(new Review(ReviewDecision.REJECT, "x", "editor", 1, at("2026-03-03T09:00"),
                                at("2026-03-04T09:00"), null))),
                new ArticleFacts("u-dinkes", ArticleStatus.IN_REVIEW, at("2026-03-10T08:00"),
                        at("2026-03-10T09:00"), null, null, List.of()),
                // created on 1 April local time (31 March UTC): outside March in WITA
                new ArticleFacts("u-dinkes", ArticleStatus.DRAFT, at("2026-04-01T07:00"), null, null, null,
                        List.of()),
                // a closed unit's article never shows up
                new ArticleFacts("u-closed", ArticleStatus.PUBLISHED, at("2026-03-05T08:00"),
                        at("2026-03-05T09:00"), at("2026-03-05T10:00"), null, List.of()));

        ActivityBoard.Board board = ActivityBoard.compute("kutai-timur", List.of(DISKOMINFO, DINKES, BAPPEDA),
                articles, FROM, TO, WITA, TODAY, 30);

        assertThat(board.units()).extracting(ActivityBoard.UnitActivity::unitId)
                .containsExactly("u-kominfo", "u-dinkes", "u-bappeda");
        ActivityBoard.UnitActivity kominfo = board.units().get(0);
        assertThat(kominfo.rank()).isEqualTo(1);
        assertThat(List.of(kominfo.drafts(), kominfo.submitted(), kominfo.published(), kominfo.rejected()))
                .containsExactly(3L, 2L, 2L, 0L);
        assertThat(kominfo.medianReviewMinutes()).isEqualTo(120L);
        assertThat(kominfo.lastPublishedAt()).isEqualTo(at("2026-03-20T12:00"));
        assertThat(kominfo.daysSinceLastPublication()).isEqualTo(21L);
        assertThat(kominfo.silent()).isFalse();

        ActivityBoard.UnitActivity dinkes = board.units().get(1);
        assertThat(List.of(dinkes.drafts(), dinkes.submitted(), dinkes.published(), dinkes.rejected(),
                dinkes.awaitingReview())).containsExactly(2L, 2L, 0L, 1L, 1L);
        assertThat(dinkes.medianReviewMinutes()).isEqualTo(24 * 60L);
        assertThat(dinkes.daysSinceLastPublication()).isEqualTo(95L);
        assertThat(dinkes.silent()).isTrue();

        ActivityBoard.UnitActivity bappeda = board.units().get(2);
        assertThat(List.of(bappeda.drafts(), bappeda.submitted(), bappeda.published())).containsOnly(0L);
        assertThat(bappeda.lastPublishedAt()).isNull();
        assertThat(bappeda.daysSinceLastPublication()).isNull();
        assertThat(bappeda.medianReviewMinutes()).isNull();
        assertThat(bappeda.silent()).isTrue();

        assertThat(board.totals()).isEqualTo(new ActivityBoard.Totals(5, 4, 2, 1, 1, 2));
    }

    @Test
    void silenceStartsExactlyAfterTheConfiguredNumberOfDays() {
        List<ArticleFacts> published = List.of(new ArticleFacts("u-kominfo", ArticleStatus.PUBLISHED,
                at("2026-03-01T08:00"), at("2026-03-01T09:00"), at("2026-03-11T10:00"), null, List.of()));
        assertThat(ActivityBoard.compute("t", List.of(DISKOMINFO), published, FROM, TO, WITA, TODAY, 31)
                .units().get(0).silent()).isFalse();
        assertThat(ActivityBoard.compute("t", List.of(DISKOMINFO), published, FROM, TO, WITA, TODAY, 30)
                .units().get(0).silent()).isTrue();
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(ActivityBoard.median(List.of(10L, 20L, 40L, 100L))).isEqualTo(30L);
        assertThat(ActivityBoard.median(List.of(5L))).isEqualTo(5L);
    }
}

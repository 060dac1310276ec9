package id.terbuka.news.article;

import id.terbuka.news.content.BodyFormat;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.problem.ApiException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleTest {

    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");

    static ArticleContent content(String title) {
        return new ArticleContent(title, "Ringkasan", "Isi **berita**", BodyFormat.MARKDOWN,
                LocalDate.of(2026, 3, 1), "Sangatta", List.of("umkm"));
    }

    static Article draft() {
        return Article.draft("a-1", "kutai-timur", "unit-a", "pameran-umkm", content("Pameran UMKM"),
                "<p>Isi</p>", "operator-1", T0);
    }

    static Article inReview() {
        Article article = draft();
        article.submit("operator-1", T0.plusSeconds(60));
        return article;
    }

    @Test
    void aDraftStartsAtRevisionOneAndEveryEditAddsOne() {
        Article article = draft();
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        article.edit(content("Pameran UMKM 2026"), "<p>2</p>", "operator-1", false, T0.plusSeconds(10));
        article.submit("operator-1", T0.plusSeconds(20));
        article.edit(content("Pameran UMKM Kutim 2026"), "<p>3</p>", "editor-1", true, T0.plusSeconds(30));
        assertThat(article.revisions()).extracting(Revision::number).containsExactly(1, 2, 3);
        assertThat(article.revisions()).extracting(r -> r.content().title())
                .containsExactly("Pameran UMKM", "Pameran UMKM 2026", "Pameran UMKM Kutim 2026");
        assertThat(article.revisions().get(2).byEditor()).isTrue();
        assertThat(article.content().title()).isEqualTo("Pameran UMKM Kutim 2026");
    }

    @Test
    void theOperatorCannotEditDuringReviewNorTheEditorADraft() {
        Article review = inReview();
        assertThatThrownBy(() -> review.edit(content("x"), "x", "operator-1", false, T0.plusSeconds(90)))
                .isInstanceOf(ApiException.class).hasMessage("article-not-editable");
        Article draft = draft();
        assertThatThrownBy(() -> draft.edit(content("x"), "x", "editor-1", true, T0.plusSeconds(90)))
                .isInstanceOf(ApiException.class).hasMessage("article-not-editable");
    }

    @Test
    void submissionRecordsTheEventOnce() {
        Article article = inReview();
        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(types(article)).containsExactly("id.terbuka.news.article-submitted.v1");
        assertThatThrownBy(() -> article.submit("operator-1", T0.plusSeconds(61)))
                .isInstanceOf(ApiException.class).hasMessage("invalid-transition");
    }

    @Test
    void approvalWithoutATimePublishesAtOnce() {
        Article article = inReview();
        article.review(ReviewDecision.APPROVE, null, null, "editor-1", T0.plusSeconds(3600));
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedAt()).isEqualTo(T0.plusSeconds(3600));
        assertThat(article.reviews()).singleElement().satisfies(r -> {
            assertThat(r.submittedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(r.decidedAt()).isEqualTo(T0.plusSeconds(3600));
        });
        assertThat(types(article)).endsWith("id.terbuka.news.article-published.v1");
    }

    @Test
    void approvalForLaterSchedulesAndPublishesOnlyWhenDueAndOnlyOnce() {
        Article article = inReview();
        Instant at = T0.plus(java.time.Duration.ofDays(1));
        article.review(ReviewDecision.APPROVE, "bagus", at, "editor-1", T0.plusSeconds(120));
        assertThat(article.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(article.publishAt()).isEqualTo(at);
        assertThat(article.publishIfDue(at.minusMillis(1))).isFalse();
        assertThat(article.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(article.publishIfDue(at)).isTrue();
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishIfDue(at.plusSeconds(5))).isFalse();
        assertThat(types(article).stream().filter(t -> t.contains("published"))).hasSize(1);
    }

    @Test
    void changesRequestedGoBackToTheOperatorAndCanBeResubmitted() {
        Article article = inReview();
        article.review(ReviewDecision.REQUEST_CHANGES, "lengkapi foto", null, "editor-1", T0.plusSeconds(120));
        assertThat(article.status()).isEqualTo(ArticleStatus.CHANGES_REQUESTED);
        article.edit(content("Pameran UMKM"), "<p>x</p>", "operator-1", false, T0.plusSeconds(180));
        article.submit("operator-1", T0.plusSeconds(200));
        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(article.firstSubmittedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(article.submittedAt()).isEqualTo(T0.plusSeconds(200));
    }

    @Test
    void rejectionKeepsTheReasonAndEndsTheWorkflow() {
        Article article = inReview();
        article.review(ReviewDecision.REJECT, "bukan kegiatan OPD", null, "editor-1", T0.plusSeconds(120));
        assertThat(article.status()).isEqualTo(ArticleStatus.REJECTED);
        assertThat(article.rejectionReason()).isEqualTo("bukan kegiatan OPD");
        assertThatThrownBy(() -> article.submit("operator-1", T0.plusSeconds(200)))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> article.review(ReviewDecision.APPROVE, null, null, "editor-1",
                T0.plusSeconds(300))).isInstanceOf(ApiException.class).hasMessage("invalid-transition");
    }

    @Test
    void onlyPublishedOrScheduledArticlesCanBeWithdrawn() {
        assertThatThrownBy(() -> draft().withdraw("salah", "editor-1", T0)).isInstanceOf(ApiException.class);
        Article article = inReview();
        article.review(ReviewDecision.APPROVE, null, null, "editor-1", T0.plusSeconds(120));
        article.withdraw("data keliru", "editor-1", T0.plusSeconds(500));
        assertThat(article.status()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(article.withdrawalReason()).isEqualTo("data keliru");
        assertThat(types(article)).endsWith("id.terbuka.news.article-withdrawn.v1");
    }

    @Test
    void aPublishedSlugNeverChanges() {
        Article article = inReview();
        article.review(ReviewDecision.APPROVE, null, null, "editor-1", T0.plusSeconds(120));
        assertThatThrownBy(() -> article.renameSlug("lain")).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> types(Article article) {
        return article.pendingEvents().stream().map(OutboxEvent::type).toList();
    }

    @Test
    void aPublishedArticleIsCorrectedWithANoteAndOptionallyANewRevision() {
        Article article = inReview();
        article.review(ReviewDecision.APPROVE, null, null, "editor-1", T0.plusSeconds(3600));
        String slug = article.slug();

        article.correct("Tanggal acara semula tertulis 1 Maret.", null, null, "editor-2", T0.plusSeconds(7200));
        article.correct("Nama lokasi diperbaiki.", content("Pameran UMKM Sangatta"), "<p>baru</p>", "editor-2",
                T0.plusSeconds(7300));

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.slug()).isEqualTo(slug);
        assertThat(article.corrections()).extracting(Correction::note, Correction::revision, Correction::textChanged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tanggal acara semula tertulis 1 Maret.", 1,
                                false),
                        org.assertj.core.groups.Tuple.tuple("Nama lokasi diperbaiki.", 2, true));
        assertThat(article.revisions()).hasSize(2);
        assertThat(article.revisions().get(1).byEditor()).isTrue();
        assertThat(article.bodyHtml()).isEqualTo("<p>baru</p>");
        assertThat(types(article)).containsSubsequence("id.terbuka.news.article-published.v1",
                "id.terbuka.news.article-corrected.v1", "id.terbuka.news.article-corrected.v1");
    }

    @Test
    void onlyAPublishedArticleCanBeCorrected() {
        Article review = inReview();
        assertThatThrownBy(() -> review.correct("x", null, null, "editor-1", T0.plusSeconds(90)))
                .isInstanceOf(ApiException.class).hasMessage("invalid-transition");
        assertThat(review.corrections()).isEmpty();
    }
}

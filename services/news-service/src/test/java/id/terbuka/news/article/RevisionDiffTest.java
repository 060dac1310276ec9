package id.terbuka.news.article;

import id.terbuka.news.content.BodyFormat;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTest {

    private static Revision revision(int number, String title, String body, String place) {
        return new Revision(number, Instant.parse("2026-03-02T02:00:00Z"), "u", false, new ArticleContent(title,
                "Ringkasan", body, BodyFormat.MARKDOWN, LocalDate.of(2026, 3, 1), place, List.of("umkm")), "");
    }

    @Test
    void onlyTheChangedFieldsShowUpAsUnifiedLineDiffs() {
        Revision one = revision(1, "Pameran UMKM", "Baris satu\nBaris dua\nBaris tiga", "Sangatta");
        Revision two = revision(2, "Pameran UMKM 2026", "Baris satu\nBaris DUA diperbaiki\nBaris tiga", "Sangatta");

        RevisionDiff.View diff = RevisionDiff.between("a-1", one, two);

        assertThat(diff.changed()).isTrue();
        assertThat(diff.fields()).extracting(RevisionDiff.FieldDiff::field)
                .containsExactly("title", "lead", "body", "details");
        RevisionDiff.FieldDiff body = diff.fields().get(2);
        assertThat(body.changed()).isTrue();
        assertThat(body.linesAdded()).isEqualTo(1);
        assertThat(body.linesRemoved()).isEqualTo(1);
        assertThat(body.unified()).contains("--- body (revisi 1)", "+++ body (revisi 2)", "-Baris dua",
                "+Baris DUA diperbaiki", " Baris satu");
        assertThat(diff.fields().get(0).unified()).contains("-Pameran UMKM", "+Pameran UMKM 2026");
        assertThat(diff.fields().get(1).changed()).isFalse();
        assertThat(diff.fields().get(3).changed()).isFalse();
    }

    @Test
    void smallFieldsAppearAsNamedLinesAndIdenticalRevisionsHaveNoDiff() {
        Revision one = revision(1, "A", "x", "Sangatta");
        Revision two = revision(2, "A", "x", "Bontang");
        assertThat(RevisionDiff.between("a-1", one, two).fields().get(3).unified())
                .contains("-place: Sangatta", "+place: Bontang");
        RevisionDiff.View same = RevisionDiff.between("a-1", one, one);
        assertThat(same.changed()).isFalse();
        assertThat(same.fields()).allSatisfy(f -> assertThat(f.unified()).isEmpty());
    }
}

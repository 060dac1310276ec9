package id.terbuka.complaint.duplicate;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Indonesian stemming and stop words make differently worded reports of the same matter meet. */
class TermSetsTest {

    @Test
    void stemsAffixesAndDropsStopWordsAndNumbers() {
        Set<String> terms = TermSets.of("Jalan berlubang di depan Pasar Baru nomor 12", "yang sudah lama");
        assertThat(terms).contains("jalan", "lubang", "pasar").doesNotContain("di", "yang", "sudah", "12",
                "berlubang");
    }

    @Test
    void reportsOfTheSameMatterOverlapAndOthersDoNot() {
        Set<String> first = TermSets.of("Jalan berlubang besar", "Lubang di jalan depan pasar membahayakan pengendara");
        Set<String> second = TermSets.of("Lubang jalan di depan pasar", "Jalannya berlubang, motor sering jatuh");
        Set<String> other = TermSets.of("Sampah menumpuk", "Sampah tidak diangkut sejak minggu lalu");

        assertThat(TermSets.overlap(first, second)).isGreaterThanOrEqualTo(0.5);
        assertThat(TermSets.shared(first, second)).isGreaterThanOrEqualTo(3);
        assertThat(TermSets.overlap(first, other)).isZero();
        assertThat(TermSets.overlap(first, Set.of())).isZero();
    }

    @Test
    void measuresDistancesOnTheGround() {
        // 0.001 degree of latitude is about 111 m
        assertThat(Distance.metres(-0.5, 117.1, -0.501, 117.1)).isBetween(110.0, 112.5);
        assertThat(Distance.metres(-0.5, 117.1, -0.5, 117.1)).isZero();
        assertThat(Distance.latitudeDegrees(111_195)).isBetween(0.99, 1.01);
    }
}

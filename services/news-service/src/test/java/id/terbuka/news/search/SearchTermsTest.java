package id.terbuka.news.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

    @Test
    void aSearchForLaporanFindsMelaporkanBecauseBothStemToTheSameTerm() {
        assertThat(SearchTerms.of("laporan")).hasSize(1);
        assertThat(SearchTerms.of("Dinas Kesehatan melaporkan kasus demam berdarah"))
                .containsAll(SearchTerms.of("laporan"))
                .containsAll(SearchTerms.of("KESEHATAN"));
        assertThat(SearchTerms.of("pembangunan jembatan")).containsAll(SearchTerms.of("membangun"));
    }

    @Test
    void stopWordsAndMarkupAreNoTerms() {
        assertThat(SearchTerms.of("yang dan di")).isEmpty();
        assertThat(SearchTerms.of(SearchTerms.textOf("<p>Pameran <strong>UMKM</strong>&nbsp;Sangatta</p>")))
                .doesNotContain("p", "strong", "nbsp").hasSize(3);
    }
}

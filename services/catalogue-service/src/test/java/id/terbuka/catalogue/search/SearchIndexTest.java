package id.terbuka.catalogue.search;

import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.EntryForm;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.catalogue.information.InformationFormat;
import id.terbuka.catalogue.information.UpdateFrequency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Indonesian stemming and stop words, tenant and filter scoping, and removal of withdrawn entries. */
class SearchIndexTest {

    SearchIndex index;

    @BeforeEach
    void emptyIndex() throws Exception {
        MongoTemplate mongo = mock(MongoTemplate.class);
        when(mongo.stream(any(Query.class), eq(InformationEntry.class))).thenReturn(Stream.empty());
        index = new SearchIndex(mongo);
        index.index(entry("e1", "kutai-timur", "unit-a", "Tata cara melaporkan pelanggaran pejabat",
                "Prosedur pengaduan penyalahgunaan wewenang", 2025));
        index.index(entry("e2", "kutai-timur", "unit-b", "Laporan keuangan daerah 2025",
                "Neraca, laporan arus kas dan catatan atas laporan keuangan", 2025));
        index.index(entry("e3", "kutai-timur", "unit-a", "Rencana strategis dinas", "Renstra 2026-2030", 2026));
        index.index(entry("e4", "samarinda", "unit-s", "Laporan kinerja instansi", "LKjIP tahun 2025", 2025));
    }

    @AfterEach
    void close() throws Exception {
        index.destroy();
    }

    @Test
    void oneFormOfAWordFindsTheOthers() {
        assertThat(index.search("kutai-timur", "laporan", null, null, null, 0, 20).ids())
                .containsExactlyInAnyOrder("e1", "e2");
        assertThat(index.search("kutai-timur", "melaporkan", null, null, null, 0, 20).ids())
                .containsExactlyInAnyOrder("e1", "e2");
        assertThat(index.search("kutai-timur", "dilaporkan", null, null, null, 0, 20).ids())
                .containsExactlyInAnyOrder("e1", "e2");
    }

    @Test
    void everyWordMustMatchAndTitlesRankFirst() {
        SearchIndex.Hits hits = index.search("kutai-timur", "laporan keuangan", null, null, null, 0, 20);
        assertThat(hits.ids()).containsExactly("e2");
        assertThat(hits.total()).isEqualTo(1);
    }

    @Test
    void stopWordsAloneAreNotSearchable() {
        assertThat(index.searchable("yang dan atau")).isFalse();
        assertThat(index.searchable("laporan yang")).isTrue();
    }

    @Test
    void searchesStayInTheirTenantAndFilters() {
        assertThat(index.search("samarinda", "laporan", null, null, null, 0, 20).ids()).containsExactly("e4");
        assertThat(index.search("kutai-timur", "laporan", null, "unit-b", null, 0, 20).ids()).containsExactly("e2");
        assertThat(index.search("kutai-timur", "laporan", Category.SERTA_MERTA, null, null, 0, 20).ids()).isEmpty();
        assertThat(index.search("kutai-timur", "rencana", null, null, 2026, 0, 20).ids()).containsExactly("e3");
        assertThat(index.search("kutai-timur", "rencana", null, null, 2025, 0, 20).ids()).isEmpty();
    }

    @Test
    void pagesCountAllHits() {
        SearchIndex.Hits second = index.search("kutai-timur", "laporan", null, null, null, 1, 1);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.ids()).hasSize(1);
    }

    @Test
    void aWithdrawnEntryLeavesTheIndex() {
        InformationEntry withdrawn = entry("e2", "kutai-timur", "unit-b", "Laporan keuangan daerah 2025", "x", 2025);
        withdrawn.withdraw("salah unggah", "user-1", Instant.parse("2026-02-01T00:00:00Z"));
        index.index(withdrawn);
        assertThat(index.search("kutai-timur", "keuangan", null, null, null, 0, 20).ids()).isEmpty();
        assertThat(index.size()).isEqualTo(3);
    }

    static InformationEntry entry(String id, String tenant, String unit, String title, String summary, int year) {
        return InformationEntry.create(id, tenant, new EntryForm(unit, title, summary, Category.BERKALA, "Kepala",
                "Sekretaris", LocalDate.of(year, 1, 10), "Sangatta", InformationFormat.SOFTCOPY, "5 tahun",
                UpdateFrequency.SEMIANNUAL, null), "user-1", Instant.parse("2026-01-15T00:00:00Z"));
    }
}

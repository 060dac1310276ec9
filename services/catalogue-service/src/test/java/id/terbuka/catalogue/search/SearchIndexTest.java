package id.terbuka.catalogue.search;

import id.terbuka.catalogue.CatalogueSettings;
import id.terbuka.catalogue.document.DocumentTexts;
import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.DocumentRef;
import id.terbuka.catalogue.information.EntryForm;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.catalogue.information.ExclusionForm;
import id.terbuka.catalogue.information.InformationFormat;
import id.terbuka.catalogue.information.LegalBasis;
import id.terbuka.catalogue.information.UpdateFrequency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Indonesian stemming and stop words, tenant and filter scoping, and removal of withdrawn entries. */
class SearchIndexTest {

    SearchIndex index;
    DocumentTexts texts = mock(DocumentTexts.class);

    @BeforeEach
    void emptyIndex() throws Exception {
        MongoTemplate mongo = mock(MongoTemplate.class);
        when(mongo.stream(any(Query.class), eq(InformationEntry.class))).thenReturn(Stream.empty());
        when(mongo.getConverter()).thenReturn(converter());
        index = new SearchIndex(mongo, texts, new CatalogueSettings(null, null, null, null, null));
        index.index(entry("e1", "kutai-timur", "unit-a", "Tata cara melaporkan pelanggaran pejabat",
                "Prosedur pengaduan penyalahgunaan wewenang", 2025));
        index.index(entry("e2", "kutai-timur", "unit-b", "Laporan keuangan daerah 2025",
                "Neraca, laporan arus kas dan catatan atas laporan keuangan", 2025));
        index.index(entry("e3", "kutai-timur", "unit-a", "Rencana strategis dinas", "Renstra 2026-2030", 2026));
        index.index(entry("e4", "samarinda", "unit-s", "Laporan kinerja instansi", "LKjIP tahun 2025", 2025));
    }

    /** Converts like the application's: java.time values left to the driver's codecs. */
    static MappingMongoConverter converter() {
        MongoCustomConversions conversions = MongoCustomConversions.create(
                MongoCustomConversions.MongoConverterConfigurationAdapter::useNativeDriverJavaTimeCodecs);
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
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
    void stopWordsAloneListEverythingAndStopWordsBesideAWordAreIgnored() {
        SearchIndex.Filter kutaiTimur = new SearchIndex.Filter("kutai-timur", null, null, null, false);
        SearchIndex.Result onlyStopWords = index.find(kutaiTimur, "yang dan atau", 0, 20, false);
        assertThat(onlyStopWords.total()).isEqualTo(3);
        assertThat(onlyStopWords.highlights()).isEmpty();
        assertThat(index.find(kutaiTimur, "laporan yang", 0, 20, false).ids()).containsExactlyInAnyOrder("e1", "e2");
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
    void aFarPageIsEmptyButCountsAllHits() {
        SearchIndex.Result far = index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false), "laporan",
                2_000_000_000, 1000, true);
        assertThat(far.ids()).isEmpty();
        assertThat(far.total()).isEqualTo(2);
        assertThat(far.facets().unit()).containsOnly(Map.entry("unit-a", 1L), Map.entry("unit-b", 1L));
    }

    @Test
    void aWithdrawnEntryLeavesTheIndex() {
        InformationEntry withdrawn = entry("e2", "kutai-timur", "unit-b", "Laporan keuangan daerah 2025", "x", 2025);
        withdrawn.withdraw("salah unggah", "user-1", Instant.parse("2026-02-01T00:00:00Z"));
        index.index(withdrawn);
        assertThat(index.search("kutai-timur", "keuangan", null, null, null, 0, 20).ids()).isEmpty();
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void hitsCarryHighlightedSnippetsWithTheMatchedFormsMarkedAndEscaped() {
        index.index(entry("e5", "kutai-timur", "unit-a", "Pelaporan <b>dana</b> desa", "Dilaporkan tiap triwulan",
                2025));
        SearchIndex.Result result = index.find(new SearchIndex.Filter("kutai-timur", null, "unit-a", null, false),
                "laporan", 0, 20, true);
        assertThat(result.ids()).contains("e5");
        SearchIndex.Highlight highlight = result.highlights().get("e5");
        assertThat(highlight.title()).isEqualTo("<mark>Pelaporan</mark> &lt;b&gt;dana&lt;&#x2F;b&gt; desa");
        assertThat(highlight.summary()).isEqualTo("<mark>Dilaporkan</mark> tiap triwulan");
        assertThat(highlight.text()).isNull();
        assertThat(result.highlights().get("e1").title()).contains("<mark>melaporkan</mark>");
    }

    @Test
    void facetsCountAllMatchesByCategoryUnitAndYear() {
        SearchIndex.Result all = index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false), null,
                0, 1, true);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.ids()).hasSize(1);
        assertThat(all.facets().unit()).containsExactly(Map.entry("unit-a", 2L), Map.entry("unit-b", 1L));
        assertThat(all.facets().year()).containsExactly(Map.entry(2025, 2L), Map.entry(2026, 1L));
        assertThat(all.facets().category()).containsExactly(Map.entry("BERKALA", 3L));

        SearchIndex.Result laporan = index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false),
                "laporan", 0, 20, true);
        assertThat(laporan.facets().unit()).containsOnly(Map.entry("unit-a", 1L), Map.entry("unit-b", 1L));
        assertThat(laporan.facets().year()).containsOnly(Map.entry(2025, 2L));
    }

    @Test
    void withoutWordsTheNewestUpdateComesFirst() {
        index.index(entry("e6", "kutai-timur", "unit-a", "Profil dinas", "Struktur organisasi", 2024,
                Instant.parse("2026-03-01T00:00:00Z")));
        assertThat(index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false), "yang", 0, 20, false)
                .ids()).startsWith("e6").hasSize(4);
    }

    @Test
    void documentTextIsSearchedAndSnippetedButNeverForAnExcludedEntry() {
        when(texts.textOf(java.util.List.of("doc-7"))).thenReturn("Pagu anggaran irigasi kecamatan Bengalon");
        InformationEntry open = entry("e7", "kutai-timur", "unit-a", "Rencana kerja", "Renja 2026", 2026);
        addPdf(open, "doc-7", "renja.pdf", 10, "user-1");
        index.index(open);
        SearchIndex.Result result = index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false),
                "irigasi", 0, 20, true);
        assertThat(result.ids()).containsExactly("e7");
        assertThat(result.highlights().get("e7").text()).contains("<mark>irigasi</mark>");

        when(texts.textOf(java.util.List.of("doc-8"))).thenReturn("Lokasi gudang senjata");
        InformationEntry excluded = InformationEntry.create("e8", "kutai-timur", new EntryForm("unit-a",
                "Denah gudang", "Rahasia", Category.DIKECUALIKAN, "Kepala", "Sekretaris", LocalDate.of(2026, 1, 10),
                "Sangatta", InformationFormat.SOFTCOPY, "5 tahun", null, new ExclusionForm(LegalBasis.C, "Bahaya",
                "Ditutup", LocalDate.of(2030, 1, 1), "1/PPID/2026", LocalDate.of(2026, 1, 2))), "user-1",
                Instant.parse("2026-01-15T00:00:00Z"));
        addPdf(excluded, "doc-8", "denah.pdf", 10, "user-1");
        index.index(excluded);
        assertThat(index.search("kutai-timur", "senjata", null, null, null, 0, 20).ids()).isEmpty();
        assertThat(index.search("kutai-timur", "denah gudang", null, null, null, 0, 20).ids()).containsExactly("e8");
        assertThat(index.search(new SearchIndex.Filter("kutai-timur", null, null, null, true), "denah", 0, 20)
                .ids()).isEmpty();
    }

    @Test
    void hitsCarryTheWholeEntryAsStoredWithDocumentsAndRevisions() {
        when(texts.textOf(java.util.List.of("doc-9"))).thenReturn("");
        InformationEntry entry = entry("e9", "kutai-timur", "unit-a", "Daftar aset daerah", "Inventaris barang", 2024);
        addPdf(entry, "doc-9", "aset.pdf", 2048, "user-2");
        index.index(entry);

        SearchIndex.Result result = index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false),
                "aset", 0, 20, false);

        assertThat(result.entries()).hasSize(1);
        InformationEntry found = result.entries().getFirst();
        assertThat(found.id()).isEqualTo("e9");
        assertThat(found.title()).isEqualTo("Daftar aset daerah");
        assertThat(found.producedAt()).isEqualTo(LocalDate.of(2024, 1, 10));
        assertThat(found.updateFrequency()).isEqualTo(UpdateFrequency.SEMIANNUAL);
        assertThat(found.documents()).extracting(DocumentRef::id, DocumentRef::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("doc-9", 2048L));
        assertThat(found.revisions()).extracting(r -> r.number()).containsExactly(1, 2);
        assertThat(found.lastUpdatedAt()).isEqualTo(entry.lastUpdatedAt());
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUntilTheTenantWrites() {
        SearchIndex.Filter kutaiTimur = new SearchIndex.Filter("kutai-timur", null, null, null, false);
        SearchIndex.Result first = index.find(kutaiTimur, "laporan", 0, 20, true);
        // the same words in another form and case are the same search
        assertThat(index.find(kutaiTimur, "LAPORAN", 0, 20, true)).isSameAs(first);

        index.index(entry("s1", "samarinda", "unit-s", "Laporan pengaduan", "Rekap", 2025));
        assertThat(index.find(kutaiTimur, "laporan", 0, 20, true)).as("another tenant's write").isSameAs(first);

        index.index(entry("e10", "kutai-timur", "unit-b", "Laporan realisasi anggaran", "LRA", 2025));
        SearchIndex.Result after = index.find(kutaiTimur, "laporan", 0, 20, true);
        assertThat(after.ids()).contains("e10");
        assertThat(after.total()).isEqualTo(first.total() + 1);
        assertThat(after.facets().unit()).containsEntry("unit-b", 2L);

        index.remove("e10");
        assertThat(index.find(kutaiTimur, "laporan", 0, 20, true).ids()).doesNotContain("e10");
    }

    @Test
    void withTheCacheOffEverySearchReadsTheIndex() throws Exception {
        MongoTemplate mongo = mock(MongoTemplate.class);
        when(mongo.stream(any(Query.class), eq(InformationEntry.class))).thenReturn(Stream.empty());
        when(mongo.getConverter()).thenReturn(converter());
        SearchIndex uncached = new SearchIndex(mongo, texts, new CatalogueSettings(null, null, null, null,
                new CatalogueSettings.Search(null, 0, null)));
        try {
            uncached.index(entry("e1", "kutai-timur", "unit-a", "Laporan kinerja", "LKjIP", 2025));
            SearchIndex.Filter filter = new SearchIndex.Filter("kutai-timur", null, null, null, false);
            SearchIndex.Result first = uncached.find(filter, "laporan", 0, 20, true);
            SearchIndex.Result second = uncached.find(filter, "laporan", 0, 20, true);
            assertThat(second).isNotSameAs(first).usingRecursiveComparison().isEqualTo(first);
        } finally {
            uncached.destroy();
        }
    }

    @Test
    void anIndexFolderOfItsOwnIsReplacedAtStartAndATemporaryOneRemovedAtShutdown(@TempDir java.nio.file.Path dir)
            throws Exception {
        MongoTemplate mongo = mock(MongoTemplate.class);
        when(mongo.stream(any(Query.class), eq(InformationEntry.class)))
                .thenReturn(Stream.of(entry("m1", "kutai-timur", "unit-a", "Laporan kinerja", "LKjIP", 2025)))
                .thenAnswer(call -> Stream.empty());
        when(mongo.getConverter()).thenReturn(converter());
        CatalogueSettings inFolder = new CatalogueSettings(null, null, null, null,
                new CatalogueSettings.Search(dir.toString(), null, null));
        SearchIndex first = new SearchIndex(mongo, texts, inFolder);
        assertThat(first.size()).isEqualTo(1);
        first.destroy();
        assertThat(dir).isNotEmptyDirectory();

        SearchIndex second = new SearchIndex(mongo, texts, inFolder);
        assertThat(second.size()).as("rebuilt from the (now empty) store, not reopened").isZero();
        second.destroy();

        SearchIndex temporary = new SearchIndex(mongo, texts, new CatalogueSettings(null, null, null, null, null));
        java.nio.file.Path folder = temporary.folder();
        assertThat(folder).isDirectory();
        temporary.destroy();
        assertThat(folder).doesNotExist();
    }

    @Test
    void aSnippetComesOnlyFromTheStartOfAVeryLongText() {
        String longText = "pendahuluan ".repeat(3000) + "jembatan gantung";
        when(texts.textOf(java.util.List.of("doc-11"))).thenReturn(longText);
        InformationEntry entry = entry("e11", "kutai-timur", "unit-a", "Kajian teknis", "Studi kelayakan", 2025);
        addPdf(entry, "doc-11", "kajian.pdf", 10, "user-1");
        index.index(entry);

        SearchIndex.Result result = index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false),
                "jembatan", 0, 20, true);

        assertThat(result.ids()).as("the whole text is searched").containsExactly("e11");
        assertThat(result.highlights().get("e11").text()).as("no snippet past the stored start").isNull();
        assertThat(result.highlights().get("e11").title()).isNull();
    }

    @Test
    void noRowsAskedMeansNoEntriesButTheCount() {
        SearchIndex.Result none = index.find(new SearchIndex.Filter("kutai-timur", null, null, null, false),
                "laporan", 0, 0, false);
        assertThat(none.entries()).isEmpty();
        assertThat(none.total()).isEqualTo(2);
    }

    /** A PDF added on 16 January 2026. */
    static void addPdf(InformationEntry entry, String docId, String filename, long size, String by) {
        Instant at = Instant.parse("2026-01-16T00:00:00Z");
        entry.addDocument(new DocumentRef(docId, filename, "application/pdf", size, "sha-" + docId, at, by), at);
    }

    static InformationEntry entry(String id, String tenant, String unit, String title, String summary, int year) {
        return entry(id, tenant, unit, title, summary, year, Instant.parse("2026-01-15T00:00:00Z"));
    }

    static InformationEntry entry(String id, String tenant, String unit, String title, String summary, int year,
                                  Instant at) {
        return InformationEntry.create(id, tenant, new EntryForm(unit, title, summary, Category.BERKALA, "Kepala",
                "Sekretaris", LocalDate.of(year, 1, 10), "Sangatta", InformationFormat.SOFTCOPY, "5 tahun",
                UpdateFrequency.SEMIANNUAL, null), "user-1", at);
    }
}

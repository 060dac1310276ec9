package id.terbuka.catalogue.search;

import id.terbuka.catalogue.CatalogueSettings;
import id.terbuka.catalogue.document.DocumentTexts;
import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.DocumentRef;
import id.terbuka.catalogue.information.EntryStatus;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.platform.events.outbox.AggregateRoot;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Full-text search over title, summary and document text with Lucene's Indonesian analyzer (stop words, and the
 * stemmer that strips prefixes and suffixes, so {@code laporan} finds {@code melaporkan}), with highlighted
 * snippets and facet counts (category, unit, year). One index per service instance, for all tenants (every query
 * is filtered by tenant), in a folder of its own (memory-mapped, so a large catalogue lives in the page cache rather
 * than the heap): rebuilt from MongoDB when the bean starts, before the instance serves requests; kept current from
 * this instance's own writes, and from the other replicas' writes through {@link IndexFollower}. Only active (not
 * withdrawn) entries are indexed; the document text only of entries whose files are public (never of an excluded
 * entry, so neither hits nor snippets reveal it). Each hit carries the entry itself ({@link EntryCards}), so a
 * result page needs no read from MongoDB, and repeated searches are answered from a {@link ResultCache}.
 */
@Component
public class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    static final String ID = "id";
    static final String TENANT = "tenant";
    static final String UNIT = "unit";
    static final String CATEGORY = "category";
    static final String YEAR = "year";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String TEXT = "text";
    static final String UPDATED = "updated";
    /** The whole entry as stored in MongoDB (without its outbox), for the result page. */
    static final String CARD = "card";
    /** Doc values (sorting and facets) live in fields of their own, next to the indexed terms. */
    static final String ID_DV = "id_dv";
    static final String UNIT_DV = "unit_dv";
    static final String CATEGORY_DV = "category_dv";
    static final String YEAR_DV = "year_dv";
    /** Characters of a document's text the highlighter reads for a snippet. */
    private static final int SNIPPET_SOURCE = 20_000;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(UPDATED, SortField.Type.LONG, true),
            new SortField(ID_DV, SortField.Type.STRING));
    /** Searched and highlighted text: term offsets in the postings, so snippets need no second analysis. */
    private static final FieldType HIGHLIGHTED = withOffsets(TextField.TYPE_STORED);
    private static final FieldType HIGHLIGHTED_NOT_STORED = withOffsets(TextField.TYPE_NOT_STORED);
    private static final String[] HIGHLIGHT_FIELDS = {TITLE, SUMMARY, TEXT};
    private static final int[] ONE_PASSAGE_EACH = {1, 1, 1};
    private static final Set<String> CARD_ONLY = Set.of(CARD);
    private static final Set<String> CARD_AND_HIGHLIGHTED = Set.of(CARD, TITLE, SUMMARY, TEXT);

    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final Path folder;
    private final boolean temporaryFolder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DocumentTexts texts;
    private final EntryCards cards;
    private final ResultCache<CacheKey, Result> cache;
    private final SearchTurns turns;
    private final Instant rebuiltFrom;
    /** Writes so far, and how many of them the current searcher sees. */
    private final AtomicLong writes = new AtomicLong();
    private volatile long writesSeen;
    private final Object reopening = new Object();

    private record CacheKey(Filter filter, List<String> words, int offset, int limit, boolean withFacets) {
    }

    public SearchIndex(MongoTemplate mongo, DocumentTexts texts, CatalogueSettings settings) throws IOException {
        this.texts = texts;
        this.cards = new EntryCards(mongo.getConverter());
        this.cache = new ResultCache<>(settings.search().resultCache());
        this.turns = new SearchTurns(settings.search().concurrency());
        String configured = settings.search().indexDirectory();
        temporaryFolder = configured == null;
        folder = temporaryFolder ? Files.createTempDirectory("terbuka-catalogue-index-") : Path.of(configured);
        // Small fresh segments stay in memory until merged into bigger ones: a file per write would cost more in
        // the kernel (create, map, unmap) than the write itself.
        directory = new NRTCachingDirectory(FSDirectory.open(folder), 4, 16);
        // whatever an earlier run left in a configured folder is replaced: the index is always rebuilt from MongoDB
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        searchers = new SearcherManager(writer, null);
        rebuiltFrom = Instant.now();
        rebuild(mongo);
    }

    /** The ids on one page of hits, best first, and the number of all hits. */
    public record Hits(List<String> ids, long total) {
    }

    /**
     * One page of a search. Shared by every caller that asks the same (see {@link ResultCache}): read, never change,
     * the entries.
     *
     * @param entries    the entries of the page as the index holds them, best first
     * @param highlights by entry id: snippets with the matched words in {@code <mark>} (only with a text query)
     * @param facets     counts over all matches (not only this page), or null when not asked for
     */
    public record Result(List<InformationEntry> entries, long total, Map<String, Highlight> highlights,
                         Facets facets) {

        /** The ids of the page's entries, best first. */
        public List<String> ids() {
            return entries.stream().map(InformationEntry::id).toList();
        }
    }

    /** HTML-escaped snippets, the matched words in {@code <mark>}; null where the field did not match. */
    public record Highlight(String title, String summary, String text) {
    }

    /** How many matches fall into each category, unit (id) and year of production; most first. */
    public record Facets(Map<String, Long> category, Map<String, Long> unit, Map<Integer, Long> year) {
    }

    /**
     * What a search is restricted to.
     *
     * @param openOnly      leave out DIKECUALIKAN entries (open data: only information the public may have)
     * @param modifiedSince only entries last updated at or after this instant (incremental harvests), or null
     */
    public record Filter(String tenant, Category category, String unit, Integer year, boolean openOnly,
                         Instant modifiedSince) {

        public Filter(String tenant, Category category, String unit, Integer year, boolean openOnly) {
            this(tenant, category, unit, year, openOnly, null);
        }
    }

    /** When the rebuild read MongoDB: writes of other replicas from then on are caught up from their events. */
    public Instant rebuiltFrom() {
        return rebuiltFrom;
    }

    /** Entries of {@code tenant} that contain every searchable word of {@code text} (after stemming). */
    public Hits search(String tenant, String text, Category category, String unit, Integer year, int page, int size) {
        return search(new Filter(tenant, category, unit, year, false), text, page * size, size);
    }

    /** Hits {@code offset} to {@code offset + limit} of the entries matching the filter and every word of the text. */
    public Hits search(Filter filter, String text, int offset, int limit) {
        Result result = find(filter, text, offset, limit, false);
        return new Hits(result.ids(), result.total());
    }

    /**
     * The entries matching the filter and, if given, every searchable word of {@code text}: ranked by relevance with
     * a text (and highlighted), newest update first without; with facet counts over all matches.
     */
    public Result find(Filter filter, String text, int offset, int limit, boolean withFacets) {
        List<String> words = terms(text);
        CacheKey key = new CacheKey(filter, words, offset, limit, withFacets);
        ResultCache.Stamp stamp = cache.stamp(filter.tenant());
        Result cached = cache.get(key, stamp);
        if (cached != null) {
            return cached;
        }
        Result result = turns.run(() -> search(filter, words, offset, limit, withFacets));
        cache.put(key, stamp, result);
        return result;
    }

    private Result search(Filter filter, List<String> words, int offset, int limit, boolean withFacets) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TENANT, filter.tenant())), BooleanClause.Occur.FILTER);
        if (filter.category() != null) {
            query.add(new TermQuery(new Term(CATEGORY, filter.category().name())), BooleanClause.Occur.FILTER);
        }
        if (filter.openOnly()) {
            query.add(new TermQuery(new Term(CATEGORY, Category.DIKECUALIKAN.name())), BooleanClause.Occur.MUST_NOT);
        }
        if (filter.unit() != null) {
            query.add(new TermQuery(new Term(UNIT, filter.unit())), BooleanClause.Occur.FILTER);
        }
        if (filter.year() != null) {
            query.add(IntPoint.newExactQuery(YEAR, filter.year()), BooleanClause.Occur.FILTER);
        }
        if (filter.modifiedSince() != null) {
            query.add(NumericDocValuesField.newSlowRangeQuery(UPDATED, filter.modifiedSince().toEpochMilli(),
                    Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        for (String term : words) {
            // a word counts in the title, the summary or a document's text; a title match weighs most
            BooleanQuery anyField = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE, term)), 2f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(SUMMARY, term)), BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new TermQuery(new Term(TEXT, term)), 0.5f), BooleanClause.Occur.SHOULD)
                    .build();
            query.add(anyField, BooleanClause.Occur.MUST);
            matching.add(anyField, BooleanClause.Occur.SHOULD);
        }
        if (words.isEmpty()) {
            query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        return run(query.build(), words.isEmpty() ? null : matching.build(), offset, limit, withFacets);
    }

    /** Adds, replaces or (for a withdrawn entry) removes an entry; visible to every search that starts afterwards. */
    public void index(InformationEntry entry) {
        try {
            Term id = new Term(ID, entry.id());
            if (entry.status() == EntryStatus.ACTIVE) {
                writer.updateDocument(id, document(entry, textOf(entry), cards.encode(entry)));
            } else {
                writer.deleteDocuments(id);
            }
            changed();
            cache.written(entry.tenant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes an entry that no longer exists. */
    public void remove(String entryId) {
        try {
            writer.deleteDocuments(new Term(ID, entryId));
            changed();
            cache.writtenAnywhere();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Marks the index changed. Writes do not reopen the searcher themselves: the next search does, once for all
     * the writes before it. A burst of writes (an import, a replica catching up) then costs one reopen, not one per
     * entry, and a search that starts after a write has returned still sees it.
     */
    private void changed() {
        writes.incrementAndGet();
    }

    /** A searcher that sees every write made before this call; release it to {@link #searchers}. */
    private IndexSearcher freshSearcher() throws IOException {
        long wanted = writes.get();
        if (writesSeen < wanted) {
            synchronized (reopening) {
                if (writesSeen < wanted) {
                    long upTo = writes.get();
                    searchers.maybeRefreshBlocking();
                    writesSeen = upTo;
                }
            }
        }
        return searchers.acquire();
    }

    /** Where the index lives. */
    Path folder() {
        return folder;
    }

    /** Number of indexed entries (all tenants). */
    public int size() {
        try {
            IndexSearcher searcher = freshSearcher();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rebuild(MongoTemplate mongo) throws IOException {
        long started = System.nanoTime();
        writer.deleteAll();
        AtomicLong count = new AtomicLong();
        org.springframework.data.mongodb.core.query.Query active = org.springframework.data.mongodb.core.query.Query
                .query(Criteria.where("status").is(EntryStatus.ACTIVE));
        active.fields().exclude(AggregateRoot.OUTBOX_FIELD);
        // in batches: a server that answers a cursor in one reply (the embedded one) would exceed the 48 MB limit
        active.cursorBatchSize(500);
        try (var entries = mongo.stream(active, InformationEntry.class)) {
            entries.forEach(entry -> {
                try {
                    writer.addDocument(document(entry, textOf(entry), cards.encode(entry)));
                    count.incrementAndGet();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        writer.commit();
        searchers.maybeRefreshBlocking();
        log.info("Search index rebuilt from MongoDB: {} entries in {} ms", count.get(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Result run(Query query, Query matching, int offset, int limit, boolean withFacets) {
        try {
            IndexSearcher searcher = freshSearcher();
            try {
                // never more slots than documents: a far page (or a huge CKAN start) must not allocate a huge queue
                int wanted = (int) Math.max(1, Math.min((long) offset + limit,
                        searcher.getIndexReader().maxDoc()));
                var top = matching == null
                        ? new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE)
                        : new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE);
                TopDocs docs;
                Facets facets = null;
                if (withFacets) {
                    Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounter()));
                    docs = (TopDocs) results[0];
                    facets = (Facets) results[1];
                } else {
                    docs = searcher.search(query, top);
                }
                ScoreDoc[] hits = docs.scoreDocs;
                int count = Math.max(0, Math.min(hits.length - offset, limit));
                List<String> ids = new ArrayList<>(count);
                List<InformationEntry> entries = new ArrayList<>(count);
                int[] page = new int[count];
                var stored = searcher.storedFields();
                // one read of each hit's stored fields serves the page and the snippets (each read decompresses)
                Map<Integer, Document> highlighted = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    page[i] = hits[offset + i].doc;
                    Document hit = stored.document(page[i], matching == null ? CARD_ONLY : CARD_AND_HIGHLIGHTED);
                    BytesRef card = hit.getBinaryValue(CARD);
                    InformationEntry entry = cards.decode(card.bytes, card.offset, card.length);
                    ids.add(entry.id());
                    entries.add(entry);
                    if (matching != null) {
                        highlighted.put(page[i], hit);
                    }
                }
                Map<String, Highlight> highlights = matching == null || count == 0 ? Map.of()
                        : highlight(searcher, matching, page, ids, highlighted);
                return new Result(List.copyOf(entries), docs.totalHits.value(), highlights, facets);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Highlight> highlight(IndexSearcher searcher, Query matching, int[] page, List<String> ids,
                                             Map<Integer, Document> stored) throws IOException {
        Map<String, String[]> snippets = new SnippetHighlighter(searcher, analyzer, stored)
                .highlightFields(HIGHLIGHT_FIELDS, matching, page, ONE_PASSAGE_EACH);
        Map<String, Highlight> highlights = new LinkedHashMap<>();
        for (int i = 0; i < page.length; i++) {
            highlights.put(ids.get(i), new Highlight(snippets.get(TITLE)[i], snippets.get(SUMMARY)[i],
                    snippets.get(TEXT)[i]));
        }
        return highlights;
    }

    /**
     * The whole title, and the passage of the summary or document text closest to a snippet's length around the
     * best match; HTML-escaped, matches in {@code <mark>}; nothing for a field without a match.
     */
    private static final class SnippetHighlighter extends UnifiedHighlighter {

        /** The hits' stored title, summary and text, by doc id, read already with their cards. */
        private final Map<Integer, Document> stored;

        SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> stored) {
            super(UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2026", true))
                    .withMaxNoHighlightPassages(0)
                    // the query's words are looked up in each hit's postings; asking the whole query (filters
                    // included) for its matches per hit and field cost most of an uncached search
                    .withWeightMatches(false)
                    .withMaxLength(SNIPPET_SOURCE));
            this.stored = stored;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document hit = stored.get(doc);
                CharSequence[] row = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    row[f] = hit == null ? null : hit.get(fields[f]);
                }
                values.add(row);
            }
            return values;
        }

        @Override
        protected BreakIterator getBreakIterator(String field) {
            if (TITLE.equals(field)) {
                return new WholeBreakIterator();
            }
            return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(Locale.ROOT),
                    SUMMARY.equals(field) ? 200 : 160, 0.5f);
        }
    }

    private List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream tokens = analyzer.tokenStream(SUMMARY, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The text of the entry's files, only where the public may read them (never for an excluded entry). */
    private String textOf(InformationEntry entry) {
        if (texts == null || entry.category() == Category.DIKECUALIKAN || entry.documents().isEmpty()) {
            return "";
        }
        return texts.textOf(entry.documents().stream().map(DocumentRef::id).toList());
    }

    private static Document document(InformationEntry entry, String text, byte[] card) {
        Document document = new Document();
        document.add(new StringField(ID, entry.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(ID_DV, new BytesRef(entry.id())));
        document.add(new StringField(TENANT, entry.tenant(), Field.Store.NO));
        document.add(new StringField(UNIT, entry.unitId(), Field.Store.NO));
        document.add(new SortedDocValuesField(UNIT_DV, new BytesRef(entry.unitId())));
        document.add(new StringField(CATEGORY, entry.category().name(), Field.Store.NO));
        document.add(new SortedDocValuesField(CATEGORY_DV, new BytesRef(entry.category().name())));
        document.add(new IntPoint(YEAR, entry.year()));
        document.add(new NumericDocValuesField(YEAR_DV, entry.year()));
        document.add(new NumericDocValuesField(UPDATED, entry.lastUpdatedAt().toEpochMilli()));
        document.add(new Field(TITLE, entry.title(), HIGHLIGHTED));
        document.add(new Field(SUMMARY, entry.summary(), HIGHLIGHTED));
        document.add(new StoredField(CARD, card));
        if (!text.isEmpty()) {
            document.add(new Field(TEXT, text, HIGHLIGHTED_NOT_STORED));
            document.add(new StoredField(TEXT, text.length() > SNIPPET_SOURCE ? text.substring(0, SNIPPET_SOURCE)
                    : text));
        }
        return document;
    }

    private static FieldType withOffsets(FieldType base) {
        FieldType type = new FieldType(base);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        if (temporaryFolder) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}

package id.terbuka.catalogue.search;

import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.EntryStatus;
import id.terbuka.catalogue.information.InformationEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Full-text search over title and summary with Lucene's Indonesian analyzer (stop words, and the stemmer that
 * strips prefixes and suffixes, so {@code laporan} finds {@code melaporkan}). One in-memory index per service
 * instance, for all tenants (every query is filtered by tenant): rebuilt from MongoDB when the bean starts, before
 * the instance serves requests, and kept current from this instance's own writes. Only active (not withdrawn)
 * entries are indexed.
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

    private final Analyzer analyzer = new IndonesianAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public SearchIndex(MongoTemplate mongo) throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        searchers = new SearcherManager(writer, null);
        rebuild(mongo);
    }

    /** The ids on one page of hits, best first, and the number of all hits. */
    public record Hits(List<String> ids, long total) {
    }

    /** Whether {@code text} has any searchable word (not only stop words or punctuation). */
    public boolean searchable(String text) {
        return !terms(text).isEmpty();
    }

    /** Entries of {@code tenant} that contain every searchable word of {@code text} (after stemming). */
    public Hits search(String tenant, String text, Category category, String unit, Integer year, int page, int size) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TENANT, tenant)), BooleanClause.Occur.FILTER);
        if (category != null) {
            query.add(new TermQuery(new Term(CATEGORY, category.name())), BooleanClause.Occur.FILTER);
        }
        if (unit != null) {
            query.add(new TermQuery(new Term(UNIT, unit)), BooleanClause.Occur.FILTER);
        }
        if (year != null) {
            query.add(IntPoint.newExactQuery(YEAR, year), BooleanClause.Occur.FILTER);
        }
        for (String term : terms(text)) {
            // a word counts in the title or the summary; a title match weighs more
            query.add(new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(TITLE, term)), 2f), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(SUMMARY, term)), BooleanClause.Occur.SHOULD)
                    .build(), BooleanClause.Occur.MUST);
        }
        return run(query.build(), page, size);
    }

    /** Adds, replaces or (for a withdrawn entry) removes an entry; visible to the next search. */
    public void index(InformationEntry entry) {
        try {
            Term id = new Term(ID, entry.id());
            if (entry.status() == EntryStatus.ACTIVE) {
                writer.updateDocument(id, document(entry));
            } else {
                writer.deleteDocuments(id);
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of indexed entries (all tenants). */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
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
        try (var entries = mongo.stream(active, InformationEntry.class)) {
            entries.forEach(entry -> {
                try {
                    writer.addDocument(document(entry));
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

    private Hits run(Query query, int page, int size) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int wanted = Math.max(1, (page + 1) * size);
                TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
                List<String> ids = new ArrayList<>();
                ScoreDoc[] hits = top.scoreDocs;
                var stored = searcher.storedFields();
                for (int i = page * size; i < hits.length; i++) {
                    ids.add(stored.document(hits[i].doc).get(ID));
                }
                return new Hits(ids, top.totalHits.value());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static Document document(InformationEntry entry) {
        Document document = new Document();
        document.add(new StringField(ID, entry.id(), Field.Store.YES));
        document.add(new StringField(TENANT, entry.tenant(), Field.Store.NO));
        document.add(new StringField(UNIT, entry.unitId(), Field.Store.NO));
        document.add(new StringField(CATEGORY, entry.category().name(), Field.Store.NO));
        document.add(new IntPoint(YEAR, entry.year()));
        document.add(new TextField(TITLE, entry.title(), Field.Store.NO));
        document.add(new TextField(SUMMARY, entry.summary(), Field.Store.NO));
        return document;
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}

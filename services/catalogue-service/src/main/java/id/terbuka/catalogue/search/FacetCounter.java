package id.terbuka.catalogue.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the matches per category, unit and year from doc values, in one pass over the matching documents: per
 * segment by ordinal (no string per document), resolved to values when the segment is done.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, SearchIndex.Facets> {

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public SearchIndex.Facets reduce(Collection<Counting> collectors) throws IOException {
        Map<String, Long> category = new HashMap<>();
        Map<String, Long> unit = new HashMap<>();
        Map<Integer, Long> year = new HashMap<>();
        for (Counting counting : collectors) {
            counting.flush();
            counting.category.forEach((k, v) -> category.merge(k, v, Long::sum));
            counting.unit.forEach((k, v) -> unit.merge(k, v, Long::sum));
            counting.year.forEach((k, v) -> year.merge(k, v, Long::sum));
        }
        return new SearchIndex.Facets(mostFirst(category), mostFirst(unit), mostFirst(year));
    }

    private static <K extends Comparable<K>> Map<K, Long> mostFirst(Map<K, Long> counts) {
        Map<K, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    static final class Counting extends SimpleCollector {
        final Map<String, Long> category = new HashMap<>();
        final Map<String, Long> unit = new HashMap<>();
        final Map<Integer, Long> year = new HashMap<>();
        private SortedDocValues categories;
        private SortedDocValues units;
        private NumericDocValues years;
        private int[] categoryCounts;
        private int[] unitCounts;
        /** Years 1900–2199 counted in an array (no boxing per document); others, if any, in the map. */
        private final int[] yearCounts = new int[300];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            categories = DocValues.getSorted(context.reader(), SearchIndex.CATEGORY_DV);
            units = DocValues.getSorted(context.reader(), SearchIndex.UNIT_DV);
            years = DocValues.getNumeric(context.reader(), SearchIndex.YEAR_DV);
            categoryCounts = new int[categories.getValueCount()];
            unitCounts = new int[units.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            if (categories.advanceExact(doc)) {
                categoryCounts[categories.ordValue()]++;
            }
            if (units.advanceExact(doc)) {
                unitCounts[units.ordValue()]++;
            }
            if (years.advanceExact(doc)) {
                long value = years.longValue();
                if (value >= 1900 && value < 2200) {
                    yearCounts[(int) value - 1900]++;
                } else {
                    year.merge((int) value, 1L, Long::sum);
                }
            }
        }

        /** Turns the current segment's ordinal counts into values. */
        void flush() throws IOException {
            if (categoryCounts != null) {
                for (int ord = 0; ord < categoryCounts.length; ord++) {
                    if (categoryCounts[ord] > 0) {
                        category.merge(categories.lookupOrd(ord).utf8ToString(), (long) categoryCounts[ord],
                                Long::sum);
                    }
                }
                for (int ord = 0; ord < unitCounts.length; ord++) {
                    if (unitCounts[ord] > 0) {
                        unit.merge(units.lookupOrd(ord).utf8ToString(), (long) unitCounts[ord], Long::sum);
                    }
                }
            }
            categoryCounts = null;
            unitCounts = null;
            for (int i = 0; i < yearCounts.length; i++) {
                if (yearCounts[i] > 0) {
                    year.merge(1900 + i, (long) yearCounts[i], Long::sum);
                    yearCounts[i] = 0;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}

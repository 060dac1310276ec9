package id.terbuka.catalogue.information;

import id.terbuka.catalogue.search.SearchIndex;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Unit names in facets: one directory query for the unknown ones, remembered for a while, unknown ids as labels. */
class SearchFacetsTest {

    LocalUnitDirectory units = mock(LocalUnitDirectory.class);
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    SearchFacets facets = new SearchFacets(new StaticMessageSource(), units, clock);

    @Test
    void namesUnitsFromTheDirectoryAndRemembersThemForAWhile() {
        when(units.findAll(anyCollection())).thenReturn(Map.of("u1", unit("u1", "Dinas Pendidikan")));

        assertThat(labels(facets.view(counts("u1", "gone")))).containsExactly("Dinas Pendidikan", "gone");
        clock.now = clock.now.plus(SearchFacets.NAME_TTL).minusSeconds(1);
        assertThat(labels(facets.view(counts("u1", "gone")))).containsExactly("Dinas Pendidikan", "gone");
        verify(units, times(1)).findAll(anyCollection());

        when(units.findAll(anyCollection())).thenReturn(Map.of("u1", unit("u1", "Dinas Pendidikan dan Kebudayaan")));
        clock.now = clock.now.plusSeconds(1);
        assertThat(labels(facets.view(counts("u1")))).containsExactly("Dinas Pendidikan dan Kebudayaan");
        verify(units, times(2)).findAll(anyCollection());
        verify(units).findAll(List.of("u1"));
    }

    private static LocalUnit unit(String id, String name) {
        return new LocalUnit(id, "kutai-timur", "DISDIK", name, "DINAS", LocalUnit.ACTIVE, 1, 1);
    }

    private static SearchIndex.Facets counts(String... unitIds) {
        Map<String, Long> unit = new LinkedHashMap<>();
        for (String id : unitIds) {
            unit.put(id, 1L);
        }
        return new SearchIndex.Facets(Map.of(), unit, Map.of());
    }

    private static List<String> labels(SearchFacets.FacetsView view) {
        return view.unit().stream().map(SearchFacets.FacetValue::label).toList();
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

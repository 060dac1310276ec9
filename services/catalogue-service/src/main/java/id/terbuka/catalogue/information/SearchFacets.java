package id.terbuka.catalogue.information;

import id.terbuka.catalogue.search.SearchIndex;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Facet counts as callers see them: the value, a label (category name, unit name) and the count. */
@Component
public class SearchFacets {

    private final MessageSource messages;
    private final LocalUnitDirectory units;

    SearchFacets(MessageSource messages, LocalUnitDirectory units) {
        this.messages = messages;
        this.units = units;
    }

    public record FacetsView(List<FacetValue> category, List<FacetValue> unit, List<FacetValue> year) {
    }

    /** @param value the filter value to pass back ({@code category}, {@code unit} id, {@code year}) */
    public record FacetValue(String value, String label, long count) {
    }

    FacetsView view(SearchIndex.Facets facets) {
        if (facets == null) {
            return new FacetsView(List.of(), List.of(), List.of());
        }
        // one query for every unit named in the facet, not one per unit: this runs on each search
        Map<String, LocalUnit> named = units.findAll(facets.unit().keySet());
        return new FacetsView(
                values(facets.category(), v -> messages.getMessage("category." + v, null, v,
                        LocaleContextHolder.getLocale())),
                values(facets.unit(), v -> named.containsKey(v) ? named.get(v).name() : v),
                values(facets.year(), String::valueOf));
    }

    private static <K> List<FacetValue> values(Map<K, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new FacetValue(String.valueOf(e.getKey()), label.apply(String.valueOf(e.getKey())),
                        e.getValue()))
                .toList();
    }
}

package id.terbuka.catalogue.information;

import id.terbuka.catalogue.search.SearchIndex;
import id.terbuka.platform.directory.LocalUnit;
import id.terbuka.platform.directory.LocalUnitDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Facet counts as callers see them: the value, a label (category name, unit name) and the count. Unit names are
 * remembered for {@link #NAME_TTL}: every search names its units, and a renamed unit may show its old name that long.
 */
@Component
public class SearchFacets {

    static final Duration NAME_TTL = Duration.ofSeconds(30);

    private final MessageSource messages;
    private final LocalUnitDirectory units;
    private final Clock clock;
    private final ConcurrentHashMap<String, UnitName> names = new ConcurrentHashMap<>();

    private record UnitName(String name, Instant until) {
    }

    SearchFacets(MessageSource messages, LocalUnitDirectory units, Clock clock) {
        this.messages = messages;
        this.units = units;
        this.clock = clock;
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
        Map<String, String> named = unitNames(facets.unit().keySet());
        return new FacetsView(
                values(facets.category(), v -> messages.getMessage("category." + v, null, v,
                        LocaleContextHolder.getLocale())),
                values(facets.unit(), v -> named.getOrDefault(v, v)),
                values(facets.year(), String::valueOf));
    }

    /** Names of the units, remembered ones if fresh; the others in one directory query, not one per unit. */
    private Map<String, String> unitNames(Set<String> unitIds) {
        Instant now = clock.instant();
        Map<String, String> named = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String id : unitIds) {
            UnitName known = names.get(id);
            if (known != null && now.isBefore(known.until())) {
                named.put(id, known.name());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, LocalUnit> found = units.findAll(missing);
            for (String id : missing) {
                // an unknown unit is labelled with its id, and remembered too, so it is not asked for again and again
                String name = found.containsKey(id) ? found.get(id).name() : id;
                names.put(id, new UnitName(name, now.plus(NAME_TTL)));
                named.put(id, name);
            }
        }
        return named;
    }

    private static <K> List<FacetValue> values(Map<K, Long> counts, Function<String, String> label) {
        return counts.entrySet().stream()
                .map(e -> new FacetValue(String.valueOf(e.getKey()), label.apply(String.valueOf(e.getKey())),
                        e.getValue()))
                .toList();
    }
}

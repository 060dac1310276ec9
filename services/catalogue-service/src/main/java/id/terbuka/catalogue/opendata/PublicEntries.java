package id.terbuka.catalogue.opendata;

import id.terbuka.catalogue.information.Category;
import id.terbuka.catalogue.information.EntryStatus;
import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.catalogue.search.SearchIndex;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The entries open-data consumers (DCAT, CKAN) may have: active and not excluded, the same set as the DIP. Found
 * through the search index (so counts and pages cost no collection scan); with a text ranked by the Indonesian
 * search, without newest update first.
 */
@Service
class PublicEntries {

    private final MongoTemplate mongo;
    private final SearchIndex index;

    PublicEntries(MongoTemplate mongo, SearchIndex index) {
        this.mongo = mongo;
        this.index = index;
    }

    record Found(List<InformationEntry> entries, long total) {
    }

    Found find(String tenant, String text, String unitId, int offset, int limit) {
        return find(tenant, text, unitId, null, null, offset, limit);
    }

    /**
     * From the search index (open entries only): ranked with a searchable text, newest update first without.
     */
    Found find(String tenant, String text, String unitId, Category category, Instant modifiedSince, int offset,
               int limit) {
        SearchIndex.Result result = index.find(new SearchIndex.Filter(tenant, category, unitId, null, true,
                modifiedSince), text, offset, limit, false);
        return new Found(result.entries(), result.total());
    }

    Optional<InformationEntry> one(String tenant, String id) {
        return Optional.ofNullable(mongo.findById(id, InformationEntry.class)).filter(e -> open(e, tenant));
    }

    /**
     * What {@link id.terbuka.catalogue.dip.DipTable#listed} selects, checked on an entry read by id alone (answered
     * from the id index).
     */
    private static boolean open(InformationEntry entry, String tenant) {
        return entry.tenant().equals(tenant) && entry.status() == EntryStatus.ACTIVE
                && entry.category() != Category.DIKECUALIKAN;
    }

    long count(String tenant, String unitId) {
        return index.find(new SearchIndex.Filter(tenant, null, unitId, null, true), null, 0, 0, false).total();
    }
}

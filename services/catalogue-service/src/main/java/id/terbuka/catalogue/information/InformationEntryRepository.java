package id.terbuka.catalogue.information;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Entries by id. Reads go by the id alone and check the tenant in code: a query on {@code _id} only is answered from
 * the id index by every MongoDB-protocol server, also by the local one, which ignores an index when the query has
 * further fields.
 */
public interface InformationEntryRepository extends MongoRepository<InformationEntry, String> {
}

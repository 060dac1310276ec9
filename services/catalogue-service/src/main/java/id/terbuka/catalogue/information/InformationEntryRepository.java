package id.terbuka.catalogue.information;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface InformationEntryRepository extends MongoRepository<InformationEntry, String> {

    Optional<InformationEntry> findByIdAndTenant(String id, String tenant);
}

package id.terbuka.identity.apiclient;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface ApiClientRepository extends MongoRepository<ApiClient, String> {

    Optional<ApiClient> findByClientIdAndTenant(String clientId, String tenant);

    Page<ApiClient> findByTenant(String tenant, Pageable pageable);
}

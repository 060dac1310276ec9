package id.terbuka.identity.tenant;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

interface TenantRepository extends MongoRepository<Tenant, String> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);
}

package id.terbuka.identity.unit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.List;

interface UnitRepository extends MongoRepository<Unit, String> {

    List<Unit> findByTenant(String tenant, Sort sort);

    List<Unit> findByTenantAndStatus(String tenant, UnitStatus status, Sort sort);

    boolean existsByTenantAndCode(String tenant, String code);
}

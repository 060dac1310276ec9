package id.terbuka.identity.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface UserRepository extends MongoRepository<UserAccount, String> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByIdAndTenant(String id, String tenant);

    Page<UserAccount> findByTenantAndKind(String tenant, AccountKind kind, Pageable pageable);
}

package id.terbuka.news.article;

import org.springframework.data.mongodb.repository.MongoRepository;

import java.util.Optional;

public interface ArticleRepository extends MongoRepository<Article, String> {

    Optional<Article> findByIdAndTenant(String id, String tenant);

    Optional<Article> findByTenantAndSlug(String tenant, String slug);

    boolean existsByTenantAndSlug(String tenant, String slug);
}

package id.terbuka.gateway.tenant;

import java.util.List;

import reactor.core.publisher.Mono;

/** Where the tenant directory comes from (identity-service's {@code GET /api/v1/tenants}). */
@FunctionalInterface
public interface TenantSource {

	Mono<List<Tenant>> fetchAll();

}

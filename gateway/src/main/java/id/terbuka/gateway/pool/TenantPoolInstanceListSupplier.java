package id.terbuka.gateway.pool;

import java.util.List;
import java.util.Optional;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

import id.terbuka.gateway.tenant.ResolvedTenant;
import id.terbuka.gateway.tenant.Tenant;
import reactor.core.publisher.Flux;

/**
 * Narrows a service's instances to the pool of the request's tenant ({@link TenantPools}). The gateway's load
 * balancer filter hands the exchange attributes to the load balancer, so the tenant the edge resolved from the
 * path is known here; calls without a request (the gateway's own clients) see the shared instances.
 */
class TenantPoolInstanceListSupplier extends DelegatingServiceInstanceListSupplier {

	TenantPoolInstanceListSupplier(ServiceInstanceListSupplier delegate) {
		super(delegate);
	}

	@Override
	public Flux<List<ServiceInstance>> get() {
		return getDelegate().get().map(instances -> TenantPools.choose(instances, Optional.empty()));
	}

	@Override
	public Flux<List<ServiceInstance>> get(Request request) {
		Optional<String> tenant = tenantOf(request);
		return getDelegate().get(request).map(instances -> TenantPools.choose(instances, tenant));
	}

	private static Optional<String> tenantOf(Request request) {
		if (request.getContext() instanceof RequestDataContext context && context.getClientRequest() != null) {
			return ResolvedTenant.from(context.getClientRequest().getAttributes()).map(Tenant::slug);
		}
		return Optional.empty();
	}

}

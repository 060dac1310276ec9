package id.terbuka.gateway.pool;

import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The load-balancer configuration of every service the gateway routes to (registered as the default of
 * {@code @LoadBalancerClients} in {@link TenantPoolRouting}): instances from discovery, cached as Spring Cloud
 * LoadBalancer does by default, then narrowed to the tenant's pool.
 */
class TenantPoolConfiguration {

	@Bean
	ServiceInstanceListSupplier tenantPoolInstances(ConfigurableApplicationContext context) {
		return new TenantPoolInstanceListSupplier(
				ServiceInstanceListSupplier.builder().withDiscoveryClient().withCaching().build(context));
	}

}

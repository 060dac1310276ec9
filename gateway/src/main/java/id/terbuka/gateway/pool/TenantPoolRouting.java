package id.terbuka.gateway.pool;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Routes a tenant with its own instances (a busy regency scaled on its own) to them; see {@link TenantPools}. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = TenantPoolConfiguration.class)
public class TenantPoolRouting {

}

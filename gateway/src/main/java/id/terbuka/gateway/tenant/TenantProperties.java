package id.terbuka.gateway.tenant;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's tenant directory.
 *
 * @param enabled whether tenant slugs are checked at all
 * @param sourceUri the tenant list; the host is a service name resolved by the load balancer
 * @param refreshInterval how often the directory is reloaded
 * @param startupRetryInterval how often loading is retried while it has never succeeded
 * @param onDemandMinInterval at most one refresh per this interval for an unknown slug, so a burst
 * of bad slugs cannot flood identity-service, while a tenant registered a moment ago works at once
 * @param requestTimeout time limit of one load
 */
@ConfigurationProperties("terbuka.gateway.tenants")
public record TenantProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("http://identity-service/api/v1/tenants") URI sourceUri,
		@DefaultValue("30s") Duration refreshInterval, @DefaultValue("3s") Duration startupRetryInterval,
		@DefaultValue("2s") Duration onDemandMinInterval, @DefaultValue("3s") Duration requestTimeout) {
}

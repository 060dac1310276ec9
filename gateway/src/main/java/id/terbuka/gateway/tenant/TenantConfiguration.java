package id.terbuka.gateway.tenant;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import id.terbuka.gateway.client.ServiceClients;
import id.terbuka.gateway.problem.ProblemWriter;

/** The tenant check: directory, its source and refresh loop, the filter and its metrics. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "terbuka.gateway.tenants.enabled", matchIfMissing = true)
public class TenantConfiguration {

	@Bean
	TenantSource identityTenantSource(@Qualifier(ServiceClients.LOAD_BALANCED) WebClient client, JsonMapper json,
			TenantProperties properties) {
		return new IdentityTenantSource(client, json, properties.sourceUri(), properties.requestTimeout());
	}

	@Bean
	TenantDirectory tenantDirectory(TenantSource source, TenantProperties properties) {
		return new TenantDirectory(source, Clock.systemUTC(), properties.onDemandMinInterval());
	}

	@Bean
	TenantDirectoryRefresher tenantDirectoryRefresher(TenantDirectory directory, TenantProperties properties) {
		return new TenantDirectoryRefresher(directory, properties, Clock.systemUTC());
	}

	@Bean
	TenantResolutionFilter tenantResolutionFilter(TenantDirectory directory, ProblemWriter problems,
			MeterRegistry meters) {
		return new TenantResolutionFilter(directory, problems, meters);
	}

	@Bean
	MeterBinder tenantDirectoryMetrics(TenantDirectory directory) {
		return registry -> {
			Gauge.builder("terbuka.gateway.tenants.known", directory, TenantDirectory::size)
				.description("Tenants in the gateway's directory")
				.register(registry);
			Gauge.builder("terbuka.gateway.tenants.loaded", directory, d -> d.isLoaded() ? 1 : 0)
				.description("1 once the tenant directory has been loaded from identity-service")
				.register(registry);
		};
	}

}

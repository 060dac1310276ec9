package id.terbuka.gateway.pool;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.cloud.client.ServiceInstance;

/**
 * Which instances of a service may serve a tenant. An instance that lists tenants in its discovery metadata
 * ({@value #METADATA_KEY}, comma-separated slugs, set from {@code TERBUKA_SERVED_TENANTS}) is <em>dedicated</em> to
 * them; an instance with {@code *} (the default) or nothing there is <em>shared</em>. A tenant with dedicated instances goes only to those; every other request goes to the shared
 * ones. When the preferred group has no instance up, the request goes to any instance rather than failing: a
 * regency's own pool being down must not take its public service down with it.
 */
public final class TenantPools {

	/** Discovery metadata key naming the tenants an instance is dedicated to. */
	public static final String METADATA_KEY = "tenants";

	private TenantPools() {
	}

	/** The instances to choose from for a request of {@code tenant} (empty: no tenant in the path). */
	public static List<ServiceInstance> choose(List<ServiceInstance> instances, Optional<String> tenant) {
		List<ServiceInstance> preferred = tenant
			.map(slug -> instances.stream().filter(instance -> dedicatedTo(instance).contains(slug)).toList())
			.filter(dedicated -> !dedicated.isEmpty())
			.orElseGet(() -> instances.stream().filter(instance -> dedicatedTo(instance).isEmpty()).toList());
		return preferred.isEmpty() ? instances : preferred;
	}

	static Set<String> dedicatedTo(ServiceInstance instance) {
		String listed = instance.getMetadata() == null ? null : instance.getMetadata().get(METADATA_KEY);
		if (listed == null || listed.isBlank() || listed.trim().equals("*")) {
			return Set.of();
		}
		return Arrays.stream(listed.split(","))
			.map(slug -> slug.trim().toLowerCase(Locale.ROOT))
			.filter(slug -> !slug.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}

package id.terbuka.gateway.pool;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;

import static org.assertj.core.api.Assertions.assertThat;

class TenantPoolsTest {

	private static ServiceInstance instance(String id, String tenants) {
		DefaultServiceInstance instance = new DefaultServiceInstance(id, "news-service", "127.0.0.1", 8085, false,
				tenants == null ? Map.of() : Map.of(TenantPools.METADATA_KEY, tenants));
		instance.setUri(URI.create("http://127.0.0.1:8085"));
		return instance;
	}

	private static final ServiceInstance SHARED_1 = instance("shared-1", null);

	private static final ServiceInstance SHARED_2 = instance("shared-2", "*");

	private static final ServiceInstance KUTIM = instance("kutim-1", "Kutai-Timur, samarinda");

	private static List<String> ids(List<ServiceInstance> chosen) {
		return chosen.stream().map(ServiceInstance::getInstanceId).toList();
	}

	@Test
	void aTenantWithItsOwnInstancesGetsOnlyThose() {
		assertThat(ids(TenantPools.choose(List.of(SHARED_1, KUTIM, SHARED_2), Optional.of("kutai-timur"))))
			.containsExactly("kutim-1");
		assertThat(ids(TenantPools.choose(List.of(SHARED_1, KUTIM), Optional.of("samarinda"))))
			.containsExactly("kutim-1");
	}

	@Test
	void everyOtherRequestGetsTheSharedInstances() {
		assertThat(ids(TenantPools.choose(List.of(SHARED_1, KUTIM, SHARED_2), Optional.of("berau"))))
			.containsExactly("shared-1", "shared-2");
		assertThat(ids(TenantPools.choose(List.of(SHARED_1, KUTIM, SHARED_2), Optional.empty())))
			.containsExactly("shared-1", "shared-2");
	}

	@Test
	void aTenantWhosePoolIsDownFallsBackToTheSharedInstances() {
		assertThat(ids(TenantPools.choose(List.of(SHARED_1, SHARED_2), Optional.of("kutai-timur"))))
			.containsExactly("shared-1", "shared-2");
	}

	@Test
	void withOnlyDedicatedInstancesUpEveryoneIsServedRatherThanRefused() {
		assertThat(ids(TenantPools.choose(List.of(KUTIM), Optional.of("berau")))).containsExactly("kutim-1");
		assertThat(TenantPools.choose(List.of(), Optional.of("berau"))).isEmpty();
	}

}

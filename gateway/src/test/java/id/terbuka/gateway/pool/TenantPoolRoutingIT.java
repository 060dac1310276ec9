package id.terbuka.gateway.pool;

import org.junit.jupiter.api.Test;

import id.terbuka.gateway.support.Backends;
import id.terbuka.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * news-service has two instances here: a shared one and one dedicated to balikpapan (discovery metadata
 * {@code tenants: balikpapan}).
 */
class TenantPoolRoutingIT extends GatewayIntegrationTest {

	@Test
	void sendsATenantWithItsOwnPoolOnlyThere() {
		for (int i = 0; i < 6; i++) {
			client.get().uri("/api/v1/balikpapan/news").exchange().expectStatus().isOk();
		}
		assertThat(Backends.NEWS_BALIKPAPAN.forwarded()).hasSize(6);
		assertThat(Backends.NEWS.forwarded()).isEmpty();
	}

	@Test
	void keepsOtherTenantsOffADedicatedPool() {
		for (int i = 0; i < 6; i++) {
			client.get().uri("/api/v1/" + TENANT + "/news").exchange().expectStatus().isOk();
		}
		assertThat(Backends.NEWS.forwarded()).hasSize(6);
		assertThat(Backends.NEWS_BALIKPAPAN.forwarded()).isEmpty();
	}

}

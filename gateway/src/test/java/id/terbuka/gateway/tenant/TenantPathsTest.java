package id.terbuka.gateway.tenant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TenantPathsTest {

	@ParameterizedTest
	@CsvSource({ "/api/v1/kutai-timur/information, kutai-timur", "/api/v1/balikpapan/requests/PPID-1/decision, balikpapan",
			"/api/v1/paser/units, paser", "/ckan/kutai-timur/api/3/action/package_search, kutai-timur",
			"/channels/whatsapp/berau, berau", "/channels/telegram/berau, berau",
			"/api/v1/kutai%2Dtimur/news, kutai-timur" })
	void findsTheTenantOfATenantScopedPath(String path, String slug) {
		assertThat(TenantPaths.slugOf(path)).contains(slug);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/tenants", "/api/v1/tenants/kutai-timur", "/api/v1/auth/token", "/oauth2/token",
			"/.well-known/openid-configuration", "/userinfo", "/open311/v2/services.json", "/channels/sms/berau",
			"/api/v1/kutai-timur", "/ckan/kutai-timur", "/v3/api-docs/news-service", "/actuator/health", "/" })
	void leavesOtherPathsAlone(String path) {
		assertThat(TenantPaths.slugOf(path)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "kutai-timur", "paser", "kota-samarinda", "a", "64-08" })
	void acceptsSlugShapedSegments(String slug) {
		assertThat(TenantPaths.isWellFormed(slug)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kutai-Timur", "-paser", "paser-", "kutai timur", "kutai_timur", "../etc",
			"a-very-long-slug-that-goes-on-and-on-and-on-well-past-sixty-three-characters" })
	void rejectsSegmentsThatCannotBeASlug(String slug) {
		assertThat(TenantPaths.isWellFormed(slug)).isFalse();
	}

}

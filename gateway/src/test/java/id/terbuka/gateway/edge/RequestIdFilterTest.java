package id.terbuka.gateway.edge;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTest {

	@ParameterizedTest
	@ValueSource(strings = { "3f1e2d4c-5b6a-4789-8abc-def012345678", "req-0001", "mobile.app:42_a" })
	void keepsAnIdThatLooksLikeAnId(String id) {
		assertThat(RequestIdFilter.acceptOrCreate(id)).isEqualTo(id);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "-leading-dash", "has space", "line\nbreak", "<script>", "ünïcode" })
	void replacesAnythingElseWithANewUuid(String id) {
		String accepted = RequestIdFilter.acceptOrCreate(id);
		assertThat(accepted).isNotEqualTo(id);
		assertThat(UUID.fromString(accepted)).isNotNull();
	}

	@org.junit.jupiter.api.Test
	void replacesAnOverlongId() {
		String id = "a".repeat(129);
		assertThat(RequestIdFilter.acceptOrCreate(id)).isNotEqualTo(id);
		assertThat(RequestIdFilter.acceptOrCreate("a".repeat(128))).isEqualTo("a".repeat(128));
	}

}

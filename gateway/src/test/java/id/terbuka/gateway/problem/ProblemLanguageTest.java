package id.terbuka.gateway.problem;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemLanguageTest {

	@ParameterizedTest(name = "Accept-Language \"{0}\" -> {1}")
	@CsvSource(delimiter = '|', value = { "en|en", "en-US,en;q=0.9|en", "en-GB|en", "id|id", "id-ID,id;q=0.9,en;q=0.8|id",
			"fr|id", "fr,en;q=0.5|en", "*|id", "''|id", "not a language tag ;;;|id" })
	void speaksIndonesianUnlessTheClientPrefersEnglish(String acceptLanguage, String expected) {
		HttpHeaders headers = new HttpHeaders();
		if (!acceptLanguage.isEmpty()) {
			headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		assertThat(ProblemLanguage.of(headers)).isEqualTo(Locale.forLanguageTag(expected));
	}

}

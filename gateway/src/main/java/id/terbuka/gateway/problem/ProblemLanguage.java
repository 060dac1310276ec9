package id.terbuka.gateway.problem;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;

/**
 * Picks the language of a problem: Indonesian unless the client prefers English. Deliberately not
 * the JVM's default locale, which on a server is usually English.
 */
public final class ProblemLanguage {

	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	public static final Locale ENGLISH = Locale.ENGLISH;

	private static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

	private ProblemLanguage() {
	}

	public static Locale of(HttpHeaders requestHeaders) {
		try {
			List<Locale.LanguageRange> ranges = requestHeaders.getAcceptLanguage();
			if (ranges.isEmpty()) {
				return INDONESIAN;
			}
			Locale best = Locale.lookup(ranges, SUPPORTED);
			return best != null ? best : INDONESIAN;
		}
		catch (IllegalArgumentException malformedHeader) {
			return INDONESIAN;
		}
	}

}

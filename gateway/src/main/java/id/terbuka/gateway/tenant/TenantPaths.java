package id.terbuka.gateway.tenant;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;

/**
 * Where a tenant slug sits in a public path:
 * <ul>
 * <li>{@code /api/v1/{tenant}/...}, except the platform-wide {@code /api/v1/tenants} and
 * {@code /api/v1/auth};</li>
 * <li>{@code /ckan/{tenant}/...};</li>
 * <li>{@code /channels/{whatsapp|telegram}/{tenant}}.</li>
 * </ul>
 */
public final class TenantPaths {

	private static final Set<String> PLATFORM_WIDE = Set.of("tenants", "auth");

	private static final Set<String> CHANNELS = Set.of("whatsapp", "telegram");

	private static final Pattern WELL_FORMED_SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

	private TenantPaths() {
	}

	/** The tenant slug the path names, if it is a tenant-scoped path. */
	public static Optional<String> slugOf(String rawPath) {
		String[] s = rawPath.split("/", -1);
		// s[0] is the empty string before the leading slash
		if (s.length >= 5 && s[1].equals("api") && s[2].equals("v1") && !PLATFORM_WIDE.contains(s[3])) {
			return slug(s[3]);
		}
		if (s.length >= 4 && s[1].equals("ckan")) {
			return slug(s[2]);
		}
		if (s.length >= 4 && s[1].equals("channels") && CHANNELS.contains(s[2])) {
			return slug(s[3]);
		}
		return Optional.empty();
	}

	/** Whether a slug could be a tenant's at all; malformed ones never trigger a directory refresh. */
	public static boolean isWellFormed(String slug) {
		return WELL_FORMED_SLUG.matcher(slug).matches();
	}

	private static Optional<String> slug(String segment) {
		if (segment.isEmpty()) {
			return Optional.empty();
		}
		int matrix = segment.indexOf(';');
		String value = matrix >= 0 ? segment.substring(0, matrix) : segment;
		try {
			return Optional.of(UriUtils.decode(value, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException badEncoding) {
			return Optional.of(value);
		}
	}

}

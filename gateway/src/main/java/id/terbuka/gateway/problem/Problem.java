package id.terbuka.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem as the platform writes it: the standard members, the current trace id and
 * optional extension members (e.g. {@code service}, {@code tenant}).
 */
public record Problem(String type, String title, int status, String detail, String instance, String traceId,
		Map<String, Object> extensions) {

	public Problem {
		extensions = Map.copyOf(extensions);
	}

	/** The JSON members in the platform's order. */
	public Map<String, Object> toMembers() {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("type", type);
		members.put("title", title);
		members.put("status", status);
		members.put("detail", detail);
		members.put("instance", instance);
		if (traceId != null) {
			members.put("traceId", traceId);
		}
		extensions.forEach(members::putIfAbsent);
		return members;
	}

}

package id.terbuka.platform.events.outbox;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads, shared by producers and consumers: ISO-8601 dates, unknown fields
 * ignored (adding an optional field keeps a contract's version).
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static String write(Object payload) {
        return MAPPER.writeValueAsString(payload);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    private EventJson() {
    }
}

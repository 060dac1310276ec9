package id.terbuka.events.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One published event type: its CloudEvents {@code type} string, the topic it travels on and the record that
 * carries its payload. The type string is written out by hand for every event and never derived from a class
 * name, so renaming a Java class can never change the wire contract.
 */
public record EventType<T>(String type, String topic, Class<T> payloadType) {

    private static final Pattern TYPE_FORMAT = Pattern.compile("id\\.terbuka\\.[a-z]+\\.[a-z][a-z-]*\\.v[1-9][0-9]*");

    public EventType {
        Objects.requireNonNull(payloadType, "payloadType");
        if (type == null || !TYPE_FORMAT.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like id.terbuka.<context>.<name>.v<N>: " + type);
        }
        if (topic == null || !topic.equals(context(type) + ".events")) {
            throw new IllegalArgumentException("event " + type + " must travel on " + context(type) + ".events");
        }
    }

    /** The bounded context that owns the event, e.g. {@code identity}. */
    public String context() {
        return context(type);
    }

    /** The event's name without context and version, e.g. {@code tenant-registered}. */
    public String name() {
        String[] parts = type.split("\\.");
        return parts[3];
    }

    /** The contract version, e.g. 1 for {@code .v1}. */
    public int version() {
        return Integer.parseInt(type.substring(type.lastIndexOf(".v") + 2));
    }

    private static String context(String type) {
        return type.split("\\.")[2];
    }
}

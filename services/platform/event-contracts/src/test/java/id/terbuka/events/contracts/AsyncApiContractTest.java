package id.terbuka.events.contracts;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The event records in code and docs/events/asyncapi.yaml must describe the same contract. */
class AsyncApiContractTest {

    private static Map<String, Object> document;

    @BeforeAll
    static void loadDocument() throws IOException {
        Path path = Path.of("../../../docs/events/asyncapi.yaml");
        try (Reader reader = Files.newBufferedReader(path)) {
            document = new Yaml().load(reader);
        }
    }

    @Test
    void everyEventTypeInCodeIsDocumentedWithTheSameFields() {
        Map<String, Map<String, Object>> messagesByName = messagesByName();
        for (EventType<?> event : EventCatalog.all()) {
            assertThat(messagesByName).as("asyncapi message named %s", event.type()).containsKey(event.type());
            Map<String, Object> payload = map(messagesByName.get(event.type()).get("payload"));
            Set<String> documented = map(payload.get("properties")).keySet();
            Set<String> inCode = Arrays.stream(event.payloadType().getRecordComponents())
                    .map(c -> c.getName()).collect(Collectors.toSet());
            assertThat(documented).as("fields of %s", event.type()).isEqualTo(inCode);
        }
    }

    @Test
    void everyDocumentedMessageExistsInCode() {
        Set<String> inCode = EventCatalog.all().stream().map(EventType::type).collect(Collectors.toSet());
        assertThat(messagesByName().keySet()).isSubsetOf(inCode);
    }

    @Test
    void everyEventIsPublishedOnTheChannelOfItsTopic() {
        Map<String, Object> channels = map(document.get("channels"));
        Map<String, Set<String>> messageNamesByAddress = channels.values().stream().map(c -> map(c))
                .collect(Collectors.toMap(c -> (String) c.get("address"), c -> referencedMessageNames(c)));
        for (EventType<?> event : EventCatalog.all()) {
            assertThat(messageNamesByAddress.get(event.topic()))
                    .as("messages on channel %s", event.topic()).contains(event.type());
        }
    }

    @Test
    void typeStringsAreUniqueAndNotDerivedFromClassNames() {
        List<String> types = EventCatalog.all().stream().map(EventType::type).toList();
        assertThat(new HashSet<>(types)).hasSameSizeAs(types);
        for (EventType<?> event : EventCatalog.all()) {
            assertThat(event.type()).doesNotContain(event.payloadType().getSimpleName());
        }
    }

    private Set<String> referencedMessageNames(Map<String, Object> channel) {
        Map<String, Map<String, Object>> messages = messagesByRefKey();
        return map(channel.get("messages")).values().stream()
                .map(ref -> (String) map(ref).get("$ref"))
                .map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                .map(key -> (String) messages.get(key).get("name"))
                .collect(Collectors.toSet());
    }

    private static Map<String, Map<String, Object>> messagesByRefKey() {
        Map<String, Object> messages = map(map(document.get("components")).get("messages"));
        return messages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> map(e.getValue())));
    }

    private static Map<String, Map<String, Object>> messagesByName() {
        return messagesByRefKey().values().stream()
                .collect(Collectors.toMap(m -> (String) m.get("name"), m -> m));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}

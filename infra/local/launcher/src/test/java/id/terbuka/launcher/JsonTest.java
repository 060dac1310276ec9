package id.terbuka.launcher;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void readsNestedObjectsArraysAndScalars() {
        Object json = Json.parse("""
                { "a": [1, 2.5, "x\\"y\\u00e9", true, false, null], "b": {"c": -3} }""");

        assertThat(Json.at(json, "a", 0)).isEqualTo(1L);
        assertThat(Json.at(json, "a", 1)).isEqualTo(2.5);
        assertThat(Json.at(json, "a", 2)).isEqualTo("x\"yé");
        assertThat(Json.at(json, "a", 3)).isEqualTo(true);
        assertThat(Json.at(json, "a", 5)).isNull();
        assertThat(Json.at(json, "b", "c")).isEqualTo(-3L);
        assertThat(Json.at(json, "missing", "x")).isNull();
    }

    @Test
    void writesWhatItReads() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("slug", "kutai-timur");
        value.put("name", "Kab. \"Kutai\"\nTimur");
        value.put("codes", List.of(64, 8));
        value.put("none", null);

        String written = Json.write(value);

        assertThat(written).isEqualTo("{\"slug\":\"kutai-timur\",\"name\":\"Kab. \\\"Kutai\\\"\\nTimur\","
                + "\"codes\":[64,8],\"none\":null}");
        assertThat(Json.at(Json.parse(written), "codes")).isEqualTo(List.of(64L, 8L));
        assertThat(((Map<?, ?>) Json.parse(written)).containsKey("none")).isTrue();
        assertThat(Json.at(Json.parse(written), "name")).isEqualTo("Kab. \"Kutai\"\nTimur");
    }

    @Test
    void rejectsBrokenJson() {
        assertThatThrownBy(() -> Json.parse("{\"a\": }")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("[1, 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("<html>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{} extra")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treatsOneObjectLikeAListOfOne() {
        assertThat(Json.asList(Map.of("a", 1))).hasSize(1);
        assertThat(Json.asList(List.of(1, 2))).hasSize(2);
        assertThat(Json.asList(null)).isEmpty();
    }
}

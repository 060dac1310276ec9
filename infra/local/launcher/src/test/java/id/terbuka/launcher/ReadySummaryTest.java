package id.terbuka.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReadySummaryTest {

    private static PlatformPlan plan(PlatformSettings settings) {
        return new PlatformPlan(PlatformPlan.select(Set.of(), settings), settings, Path.of("/p/.run"), Path.of("/p"));
    }

    @Test
    void endsWithTheLineTestsWaitFor() {
        List<String> lines = ReadySummary.lines(plan(new PlatformSettings(true, null, null)), Duration.ofSeconds(42),
                Path.of(".run"));

        assertThat(lines.getLast()).isEqualTo("Terbuka is ready");
        assertThat(lines).filteredOn(l -> l.contains("Terbuka is ready")).hasSize(1);
        assertThat(lines.getFirst() + lines.get(1)).contains("42.0 s");
    }

    @Test
    void showsEveryUrlAnOperatorNeeds() {
        String text = String.join("\n", ReadySummary.lines(plan(new PlatformSettings(true, null, null)),
                Duration.ofSeconds(1), Path.of(".run")));

        assertThat(text).contains("http://127.0.0.1:8080/api/v1/tenants", "http://127.0.0.1:8080/swagger-ui.html",
                "http://127.0.0.1:8761", ".run/logs", "mongodb://127.0.0.1:27027", "127.0.0.1:19092");
        for (int port : new int[] {8080, 8081, 8082, 8083, 8084, 8085, 8761}) {
            assertThat(text).contains("http://127.0.0.1:" + port + "/actuator/prometheus");
        }
    }

    @Test
    void saysWhenMongoAndKafkaAreExternal() {
        String text = String.join("\n", ReadySummary.lines(
                plan(new PlatformSettings(false, "mongodb://db:27017", "kafka:9092")), Duration.ofSeconds(1),
                Path.of(".run")));

        assertThat(text).contains("mongodb://db:27017  (external)", "kafka:9092  (external)")
                .doesNotContain("Demo tenants");
    }

    @Test
    void leavesOutTheGatewayWhenItIsNotStarted() {
        PlatformSettings settings = new PlatformSettings(true, null, null);
        PlatformPlan plan = new PlatformPlan(PlatformPlan.select(Set.of("identity-service"), settings), settings,
                Path.of("/p/.run"), Path.of("/p"));

        assertThat(String.join("\n", ReadySummary.lines(plan, Duration.ofSeconds(1), Path.of(".run"))))
                .doesNotContain("swagger-ui", ":8080").contains("http://127.0.0.1:8081/actuator/prometheus");
    }
}

package id.terbuka.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The block printed once everything is up: where to click, where the logs are, how to stop. */
public final class ReadySummary {

    public static final String READY_LINE = "Terbuka is ready";

    private ReadySummary() {
    }

    public static List<String> lines(PlatformPlan plan, Duration startup, Path shownRunDir) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Terbuka started in %.1f s.", startup.toMillis() / 1000.0));
        if (plan.contains(Components.GATEWAY)) {
            String gateway = Components.byName(Components.GATEWAY).orElseThrow().baseUrl();
            row(lines, "Public API (gateway)", gateway + "/api/v1/tenants");
            row(lines, "Swagger UI", gateway + "/swagger-ui.html");
        }
        if (plan.contains(Components.DISCOVERY)) {
            row(lines, "Eureka dashboard", Components.byName(Components.DISCOVERY).orElseThrow().baseUrl());
        }
        for (Component c : plan.components()) {
            if (c.kind().isSpringBoot()) {
                row(lines, "Metrics " + c.name(), c.prometheusUrl());
            }
        }
        row(lines, "MongoDB", plan.settings().mongoUri()
                + (plan.settings().localMongo() ? "  (local store, data in " + shownRunDir.resolve("data/mongodb") + ")" : "  (external)"));
        row(lines, "Kafka", plan.settings().kafkaServers()
                + (plan.settings().localKafka() ? "  (local broker, data in " + shownRunDir.resolve("data/kafka") + ")" : "  (external)"));
        row(lines, "Logs", shownRunDir.resolve("logs").toString());
        if (plan.settings().demo()) {
            row(lines, "Demo tenants", "kaltim, kutai-kartanegara, kutai-timur, samarinda");
        }
        row(lines, "Stop", "Ctrl-C here, or ./run stop in another terminal");
        lines.add("");
        lines.add(READY_LINE);
        return lines;
    }

    private static void row(List<String> lines, String label, String value) {
        lines.add(String.format(Locale.ROOT, "  %-28s %s", label, value));
    }
}

package id.terbuka.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads which applications Eureka lists with an instance UP. */
public final class EurekaRegistry {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final URI apps;

    public EurekaRegistry(String eurekaUrl) {
        this.apps = URI.create(eurekaUrl.endsWith("/") ? eurekaUrl + "apps" : eurekaUrl + "/apps");
    }

    /** Lower-case names of the applications with at least one instance UP; empty when Eureka does not answer. */
    public Set<String> applicationsUp() {
        try {
            HttpRequest request = HttpRequest.newBuilder(apps).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(3)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? applicationsUp(response.body()) : Set.of();
        } catch (java.io.IOException | RuntimeException e) {
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        }
    }

    /** Parses Eureka's {@code /eureka/apps} JSON. */
    public static Set<String> applicationsUp(String json) {
        Set<String> up = new TreeSet<>();
        for (Object app : Json.asList(Json.at(Json.parse(json), "applications", "application"))) {
            if (!(app instanceof Map<?, ?> application) || !(application.get("name") instanceof String name)) {
                continue;
            }
            for (Object instance : Json.asList(application.get("instance"))) {
                if (instance instanceof Map<?, ?> i && "UP".equals(i.get("status"))) {
                    up.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return up;
    }
}

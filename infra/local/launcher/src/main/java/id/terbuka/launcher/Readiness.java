package id.terbuka.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Is a component ready to serve? Spring Boot apps: readiness group answers 200. Kafka/MongoDB: ready line + port. */
public final class Readiness {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    public boolean isReady(Component component, Path log, long logOffset) {
        if (component.kind().isSpringBoot()) {
            return httpOk(component.readinessUrl());
        }
        return ProcessControl.accepts("127.0.0.1", component.port())
                && (log == null || ProcessControl.logContains(log, logOffset, component.readyLine()));
    }

    /** For {@code status}: no log offset is known, so the port alone tells for Kafka/MongoDB. */
    public boolean isServing(Component component) {
        return component.kind().isSpringBoot()
                ? httpOk(component.readinessUrl())
                : ProcessControl.accepts("127.0.0.1", component.port());
    }

    public boolean httpOk(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

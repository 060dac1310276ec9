package id.terbuka.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The platform's public HTTP API through the gateway. Retries connection errors and 502/503/504 until
 * {@code patience} runs out: right after start-up the gateway may not have fetched every service from Eureka yet.
 */
public final class PublicApi {

    private final URI gateway;
    private final HttpClient http;
    private final Duration patience;
    private final String bearerToken;

    public PublicApi(URI gateway, Duration patience) {
        this(gateway, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build(), patience, null);
    }

    private PublicApi(URI gateway, HttpClient http, Duration patience, String bearerToken) {
        this.gateway = gateway;
        this.http = http;
        this.patience = patience;
        this.bearerToken = bearerToken;
    }

    public PublicApi withToken(Optional<String> token) {
        return new PublicApi(gateway, http, patience, token.orElse(null));
    }

    public URI gateway() {
        return gateway;
    }

    public ApiResponse get(String path) throws DemoException {
        return send(request(path).GET());
    }

    public ApiResponse postJson(String path, String json) throws DemoException {
        return sendJson("POST", path, json);
    }

    public ApiResponse putJson(String path, String json) throws DemoException {
        return sendJson("PUT", path, json);
    }

    public ApiResponse patchJson(String path, String json) throws DemoException {
        return sendJson("PATCH", path, json);
    }

    /** Any method with a JSON body, e.g. {@code sendJson("POST", path, body)}. */
    public ApiResponse sendJson(String method, String path, String json) throws DemoException {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A {@code multipart/form-data} POST with one file part, as a browser uploads a document. */
    public ApiResponse postFile(String path, String partName, String fileName, String contentType, byte[] content)
            throws DemoException {
        String boundary = "terbuka-demo-" + Long.toHexString(System.nanoTime());
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))));
    }

    /** This API signed in as a demo account (password {@link DemoLogin#demoPassword()}). */
    public PublicApi as(String username) throws DemoException {
        PublicApi anonymous = withToken(Optional.empty());
        return withToken(new DemoLogin(username, DemoLogin.demoPassword()).obtainToken(anonymous));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        return builder;
    }

    private ApiResponse send(HttpRequest.Builder builder) throws DemoException {
        HttpRequest request = builder.build();
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "no answer";
        while (true) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                ApiResponse answer = new ApiResponse(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body());
                if (!answer.isTransient()) {
                    return answer;
                }
                last = answer.summary();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoException("interrupted");
            }
            if (System.nanoTime() > deadline) {
                throw new DemoException(request.method() + " " + request.uri() + " kept failing for "
                        + patience.toSeconds() + " s; last answer: " + last);
            }
            sleep();
        }
    }

    private static void sleep() throws DemoException {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoException("interrupted");
        }
    }
}

package id.terbuka.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP calls against the running platform. */
final class Http {

    static final String GATEWAY = "http://127.0.0.1:8080";
    static final String CATALOGUE = "http://127.0.0.1:8082";

    private static final Pattern SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    record Answer(int status, String contentType, String body) {
        @Override
        public String toString() {
            return "HTTP " + status + " " + contentType + " " + (body.length() > 400 ? body.substring(0, 400) : body);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    Answer get(String url, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        return answer(client.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    Answer postJson(String url, String json) throws IOException, InterruptedException {
        return postJson(url, json, null);
    }

    Answer postJson(String url, String json, String bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Logs a demo account in through the gateway and returns its access token. */
    String login(String username, String password) throws IOException, InterruptedException {
        Answer answer = postJson(GATEWAY + "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.status() != 200 || !token.find()) {
            throw new IllegalStateException("login of " + username + " failed: " + answer);
        }
        return token.group(1);
    }

    /**
     * GETs until the answer matches or the time is up; returns the last answer (or null when nothing answered).
     * Connection errors count as "not yet".
     */
    Answer poll(String url, Duration within, Duration requestTimeout, Predicate<Answer> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        Answer last = null;
        do {
            try {
                last = get(url, requestTimeout);
                if (wanted.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                // not listening (yet / any more)
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return last;
    }

    static Set<String> slugs(String body) {
        Set<String> slugs = new LinkedHashSet<>();
        Matcher m = SLUG.matcher(body);
        while (m.find()) {
            slugs.add(m.group(1));
        }
        return slugs;
    }

    private static Answer answer(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body() == null ? "" : response.body());
    }
}

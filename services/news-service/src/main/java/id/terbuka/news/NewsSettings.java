package id.terbuka.news;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code terbuka.news.*}.
 *
 * @param publicBaseUrl the public address readers reach the platform at (the gateway); feeds link articles as
 *                      {@code <publicBaseUrl>/api/v1/<tenant>/news/<slug>}
 * @param silentDays    the activity board flags a unit with nothing published in this many days
 * @param feedSize      how many of the newest articles a feed carries
 */
@ConfigurationProperties("terbuka.news")
public record NewsSettings(String publicBaseUrl, Integer silentDays, Integer feedSize) {

    public NewsSettings {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://127.0.0.1:8080"
                : publicBaseUrl.replaceAll("/+$", "");
        silentDays = silentDays == null ? 30 : silentDays;
        feedSize = feedSize == null ? 30 : feedSize;
    }
}

package id.terbuka.news;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code terbuka.news.*}.
 *
 * @param publicBaseUrl  the public address readers reach the platform at (the gateway); feeds link articles as
 *                       {@code <publicBaseUrl>/api/v1/<tenant>/news/<slug>}
 * @param silentDays     the activity board flags a unit with nothing published in this many days
 * @param feedSize       how many of the newest articles a feed carries
 * @param imageMaxSize   the largest image upload accepted
 * @param imageMaxPixels the largest image (width × height) decoded; a bigger one is refused before decoding, so a
 *                       small file declaring huge dimensions cannot exhaust the memory (16 MP: a 12 MP phone photo
 *                       fits; decoding takes about 3 bytes per pixel)
 */
@ConfigurationProperties("terbuka.news")
public record NewsSettings(String publicBaseUrl, Integer silentDays, Integer feedSize, DataSize imageMaxSize,
                           Long imageMaxPixels) {

    public NewsSettings {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://127.0.0.1:8080"
                : publicBaseUrl.replaceAll("/+$", "");
        silentDays = silentDays == null ? 30 : silentDays;
        feedSize = feedSize == null ? 30 : feedSize;
        imageMaxSize = imageMaxSize == null ? DataSize.ofMegabytes(10) : imageMaxSize;
        imageMaxPixels = imageMaxPixels == null ? 16_000_000L : imageMaxPixels;
    }

    /** Defaults only (tests). */
    public static NewsSettings defaults() {
        return new NewsSettings(null, null, null, null, null);
    }
}

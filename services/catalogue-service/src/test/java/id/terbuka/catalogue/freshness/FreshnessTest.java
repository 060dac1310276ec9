package id.terbuka.catalogue.freshness;

import id.terbuka.catalogue.CatalogueSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessTest {

    static final Instant NOW = Instant.parse("2026-06-30T00:00:00Z");
    static final CatalogueSettings.Thresholds DEFAULTS = new CatalogueSettings.Freshness(0, 0, null).forTenant("x");

    @Test
    void greenWithinThirtyDaysAndNothingStale() {
        assertThat(status(3, 0, 30)).isEqualTo(FreshnessStatus.GREEN);
        assertThat(status(3, 1, 5)).as("a stale entry spoils green").isEqualTo(FreshnessStatus.YELLOW);
        assertThat(status(3, 0, 31)).isEqualTo(FreshnessStatus.YELLOW);
        assertThat(status(3, 0, 90)).isEqualTo(FreshnessStatus.YELLOW);
        assertThat(status(3, 0, 91)).isEqualTo(FreshnessStatus.RED);
    }

    @Test
    void aUnitWithoutEntriesIsRed() {
        assertThat(Freshness.status(0, 0, null, NOW, DEFAULTS)).isEqualTo(FreshnessStatus.RED);
    }

    @Test
    void aTenantMaySetItsOwnThresholds() {
        var settings = new CatalogueSettings.Freshness(0, 0,
                java.util.Map.of("kutai-timur", new CatalogueSettings.Thresholds(7, 14)));
        assertThat(Freshness.status(1, 0, NOW.minus(Duration.ofDays(10)), NOW, settings.forTenant("kutai-timur")))
                .isEqualTo(FreshnessStatus.YELLOW);
        assertThat(Freshness.status(1, 0, NOW.minus(Duration.ofDays(10)), NOW, settings.forTenant("samarinda")))
                .isEqualTo(FreshnessStatus.GREEN);
    }

    private static FreshnessStatus status(int entries, int stale, int daysAgo) {
        return Freshness.status(entries, stale, NOW.minus(Duration.ofDays(daysAgo)), NOW, DEFAULTS);
    }
}

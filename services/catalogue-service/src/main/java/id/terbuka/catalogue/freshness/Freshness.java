package id.terbuka.catalogue.freshness;

import id.terbuka.catalogue.CatalogueSettings;

import java.time.Duration;
import java.time.Instant;

/** The rule: GREEN within {@code greenDays} of the last update and nothing stale, YELLOW within {@code yellowDays}. */
final class Freshness {

    private Freshness() {
    }

    static FreshnessStatus status(int entries, int stale, Instant lastUpdate, Instant now,
                                  CatalogueSettings.Thresholds thresholds) {
        if (entries == 0 || lastUpdate == null) {
            return FreshnessStatus.RED;
        }
        long days = daysSince(lastUpdate, now);
        if (days <= thresholds.greenDays() && stale == 0) {
            return FreshnessStatus.GREEN;
        }
        return days <= thresholds.yellowDays() ? FreshnessStatus.YELLOW : FreshnessStatus.RED;
    }

    static long daysSince(Instant lastUpdate, Instant now) {
        return Math.max(0, Duration.between(lastUpdate, now).toDays());
    }
}

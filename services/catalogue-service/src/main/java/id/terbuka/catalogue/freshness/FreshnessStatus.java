package id.terbuka.catalogue.freshness;

/** How current a unit keeps its part of the DIP. */
public enum FreshnessStatus {
    GREEN, YELLOW, RED
}

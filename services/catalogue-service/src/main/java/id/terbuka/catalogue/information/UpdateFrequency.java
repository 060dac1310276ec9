package id.terbuka.catalogue.information;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How often a BERKALA entry is updated. The law asks for at least every 6 months (UU KIP Pasal 9(4)), so there is
 * no longer period to choose.
 */
public enum UpdateFrequency {
    DAILY(Period.ofDays(1)),
    WEEKLY(Period.ofWeeks(1)),
    MONTHLY(Period.ofMonths(1)),
    QUARTERLY(Period.ofMonths(3)),
    SEMIANNUAL(Period.ofMonths(6));

    private final Period period;

    UpdateFrequency(Period period) {
        this.period = period;
    }

    public Period period() {
        return period;
    }

    /** Whether an entry last updated at {@code lastUpdate} has lapsed at {@code now}. */
    public boolean lapsed(Instant lastUpdate, Instant now) {
        return lastUpdate.atOffset(ZoneOffset.UTC).plus(period).toInstant().isBefore(now);
    }
}

package id.terbuka.platform.events.relay;

import java.time.Duration;

/**
 * @param sweepInterval   how often the relay looks for pending events when nothing nudged it
 * @param lease           how long a relay's claim on a collection lasts without renewal
 * @param batchSize       aggregates fetched per round
 * @param sendTimeout     how long to wait for the broker's acknowledgement of one event
 * @param metricsInterval how often the backlog gauges are recomputed
 */
public record RelaySettings(Duration sweepInterval, Duration lease, int batchSize, Duration sendTimeout,
                            Duration metricsInterval) {
}

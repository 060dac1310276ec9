package id.terbuka.platform.events.relay;

import java.time.Duration;

/**
 * @param sweepInterval   how often the relay sweeps all collections for pending events while all is well (saves are
 *                        published by id at once; the sweep is the safety net for crashed replicas)
 * @param retryInterval   how soon the next sweep comes after a failed send or a dropped hint
 * @param lease           how long a relay's claim on a collection's sweep lasts without renewal
 * @param batchSize       aggregates fetched per sweep round, and saved aggregates published together
 * @param sendTimeout     how long to wait for the broker's acknowledgement of one event
 * @param metricsInterval how often the backlog gauges are recomputed, at the next sweep
 */
public record RelaySettings(Duration sweepInterval, Duration retryInterval, Duration lease, int batchSize,
                            Duration sendTimeout, Duration metricsInterval) {
}

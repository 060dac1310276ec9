package id.terbuka.platform.events.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code terbuka.events.*}: where this service publishes and how its relay and consumers behave.
 *
 * @param topic     the context's own topic (e.g. {@code identity.events}); created at start-up with its DLT
 * @param retention retention of the own topic; {@code -1} keeps reference data (tenants, units) forever so a new
 *                  consumer can rebuild its local copy from the start of the topic
 */
@ConfigurationProperties("terbuka.events")
public record EventsProperties(
        String topic,
        Duration retention,
        int partitions,
        short replicationFactor,
        Relay relay,
        Consumer consumer) {

    public EventsProperties {
        partitions = partitions <= 0 ? 3 : partitions;
        replicationFactor = replicationFactor <= 0 ? 1 : replicationFactor;
        relay = relay == null ? new Relay(null, null, null, 0, null, null) : relay;
        consumer = consumer == null ? new Consumer(null, 0, null, null) : consumer;
    }

    /**
     * @param sweepInterval   how often the relay sweeps for pending events while all is well; saves are published
     *                        at once by id, so the sweep only catches crashed replicas and writes that bypassed
     *                        {@code save}. Without the partial index (the embedded store) a sweep scans every
     *                        aggregate, hence not often.
     * @param retryInterval   how soon the next sweep comes after a failed send or a dropped hint
     */
    public record Relay(Duration sweepInterval, Duration retryInterval, Duration lease, int batchSize,
                        Duration sendTimeout, Duration metricsInterval) {
        public Relay {
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(60) : sweepInterval;
            retryInterval = retryInterval == null ? Duration.ofSeconds(5) : retryInterval;
            lease = lease == null ? Duration.ofSeconds(15) : lease;
            batchSize = batchSize <= 0 ? 100 : batchSize;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
            metricsInterval = metricsInterval == null ? Duration.ofSeconds(5) : metricsInterval;
        }
    }

    /**
     * @param group           consumer group; defaults to the application name
     * @param maxRetries      attempts after the first before a record goes to the DLT
     * @param initialBackoff  first retry delay, doubled on each attempt
     * @param ledgerRetention how long applied event ids are remembered
     */
    public record Consumer(String group, int maxRetries, Duration initialBackoff, Duration ledgerRetention) {
        public Consumer {
            maxRetries = maxRetries <= 0 ? 3 : maxRetries;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
            ledgerRetention = ledgerRetention == null ? Duration.ofDays(30) : ledgerRetention;
        }
    }
}

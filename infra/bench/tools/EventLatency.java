import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Reads a Terbuka topic from its end for a fixed time and measures, for every CloudEvent of one type and tenant,
 * the time from the event's {@code ce_time} (when the service recorded it) to this consumer receiving it. Used by
 * infra/bench/request-filing.sh; runs as a single-file program:
 *
 * <pre>java -cp kafka-clients.jar:slf4j-api.jar EventLatency.java BOOTSTRAP TOPIC TENANT TYPE SECONDS READY_FILE</pre>
 *
 * Writes READY_FILE once it is positioned at the end of every partition, then prints one line:
 * {@code EVENTS count=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. first_epoch_ms=.. last_epoch_ms=..}.
 */
public class EventLatency {

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: EventLatency BOOTSTRAP TOPIC TENANT TYPE SECONDS READY_FILE");
            System.exit(2);
        }
        String topic = args[1];
        String tenant = args[2];
        String type = args[3];
        long seconds = Long.parseLong(args[4]);
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        List<Long> latencies = new ArrayList<>();
        long first = 0;
        long last = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long joinDeadline = System.currentTimeMillis() + 30_000;
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
                if (System.currentTimeMillis() > joinDeadline) {
                    throw new IllegalStateException("no partitions of " + topic + " assigned within 30 s");
                }
            }
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position); // resolve the end offsets now
            Files.writeString(Path.of(args[5]), "ready\n");
            long end = System.currentTimeMillis() + seconds * 1000;
            while (System.currentTimeMillis() < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.currentTimeMillis();
                    if (!type.equals(header(record, "ce_type")) || !tenant.equals(header(record, "ce_tenant"))) {
                        continue;
                    }
                    String time = header(record, "ce_time");
                    if (time == null) {
                        continue;
                    }
                    latencies.add(now - OffsetDateTime.parse(time).toInstant().toEpochMilli());
                    first = first == 0 ? now : first;
                    last = now;
                }
            }
        }
        Collections.sort(latencies);
        System.out.printf("EVENTS count=%d p50_ms=%d p90_ms=%d p99_ms=%d max_ms=%d first_epoch_ms=%d last_epoch_ms=%d%n",
                latencies.size(), pct(latencies, 50), pct(latencies, 90), pct(latencies, 99),
                latencies.isEmpty() ? -1 : latencies.getLast(), first, last);
    }

    /** Nearest-rank percentile; -1 without data. */
    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

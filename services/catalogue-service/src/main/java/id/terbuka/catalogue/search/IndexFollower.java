package id.terbuka.catalogue.search;

import id.terbuka.catalogue.information.InformationEntry;
import id.terbuka.events.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps this instance's search index current with the writes of the other replicas: reads {@code catalogue.events}
 * (all partitions, no consumer group, so every instance sees every event) from shortly before the index was rebuilt,
 * and for each entry event re-reads the entry by id from MongoDB and indexes what is stored now. Idempotent and
 * order-insensitive (the stored state wins, whichever event brought it up); this instance's own events come back
 * too and change nothing.
 */
@Component
class IndexFollower implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final String ENTRY_EVENTS = "id.terbuka.catalogue.";
    /** Reading from a little before the rebuild covers writes that raced with it. */
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    private final SearchIndex index;
    private final MongoTemplate mongo;
    private final KafkaProperties kafka;
    private final boolean enabled;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    IndexFollower(SearchIndex index, MongoTemplate mongo, KafkaProperties kafka,
                  @Value("${terbuka.catalogue.search.follow-replicas:true}") boolean enabled) {
        this.index = index;
        this.mongo = mongo;
        this.kafka = kafka;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("search-index-follower").start(this::follow);
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(config())) {
                consumer = c;
                List<TopicPartition> partitions = partitions(c);
                if (partitions.isEmpty()) {
                    pause();
                    continue;
                }
                c.assign(partitions);
                seek(c, partitions);
                while (running) {
                    for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofMillis(500))) {
                        apply(record);
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("Search index follower failed, restarting: {}", e.toString());
                pause();
            } finally {
                consumer = null;
            }
        }
    }

    /** Re-reads the entry the event is about and indexes its stored state. */
    void apply(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (record.key() == null || type == null
                || !new String(type.value(), StandardCharsets.UTF_8).startsWith(ENTRY_EVENTS)) {
            return;
        }
        InformationEntry entry = mongo.findById(record.key(), InformationEntry.class);
        if (entry == null) {
            index.remove(record.key());
        } else {
            index.index(entry);
        }
    }

    private void seek(KafkaConsumer<String, byte[]> c, List<TopicPartition> partitions) {
        long from = index.rebuiltFrom().minus(OVERLAP).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, from));
        Map<TopicPartition, OffsetAndTimestamp> offsets = c.offsetsForTimes(times);
        Map<TopicPartition, Long> ends = c.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            c.seek(partition, offset == null ? ends.get(partition) : offset.offset());
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c) {
        var infos = c.partitionsFor(Topics.CATALOGUE);
        return infos == null ? List.of()
                : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return config;
    }

    private void pause() {
        try {
            Thread.sleep(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

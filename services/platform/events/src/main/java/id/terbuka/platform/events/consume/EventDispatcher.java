package id.terbuka.platform.events.consume;

import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.MessageListener;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads CloudEvents from the subscribed topics and applies each event type's subscriptions exactly once in
 * effect: an event id already in the ledger is skipped, otherwise the handler runs and the id is recorded.
 * Events of types this service does not subscribe to are acknowledged and ignored.
 */
public class EventDispatcher implements MessageListener<String, byte[]> {

    private final Map<String, List<EventSubscription<?>>> subscriptions;
    private final ProcessedEventLedger ledger;
    private final MeterRegistry meters;

    public EventDispatcher(List<EventSubscription<?>> subscriptions, ProcessedEventLedger ledger, MeterRegistry meters) {
        this.subscriptions = subscriptions.stream()
                .collect(Collectors.groupingBy(s -> s.eventType().type(), Collectors.toUnmodifiableList()));
        this.ledger = ledger;
        this.meters = meters;
    }

    public List<String> topics() {
        return subscriptions.values().stream().flatMap(List::stream).map(s -> s.eventType().topic())
                .distinct().sorted().toList();
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = read(record);
        List<EventSubscription<?>> interested = subscriptions.get(event.getType());
        if (interested == null) {
            return;
        }
        if (ledger.alreadyProcessed(event.getId())) {
            count("duplicate", event.getType());
            return;
        }
        ConsumedEvent<?> consumed = toConsumed(event, interested.getFirst());
        // If one handler fails the whole event is retried, so every handler must be idempotent.
        interested.forEach(subscription -> subscription.apply(consumed));
        ledger.record(event.getId(), event.getType());
        count("applied", event.getType());
    }

    private CloudEvent read(ConsumerRecord<String, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new PoisonEventException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent", e);
        }
    }

    private ConsumedEvent<?> toConsumed(CloudEvent event, EventSubscription<?> subscription) {
        Object payload;
        try {
            payload = EventJson.read(event.getData().toBytes(), subscription.eventType().payloadType());
        } catch (RuntimeException e) {
            throw new PoisonEventException("payload of event " + event.getId() + " (" + event.getType()
                    + ") does not match its contract", e);
        }
        Object tenant = event.getExtension(CloudEventPublisher.TENANT_EXTENSION);
        Instant time = event.getTime() == null ? null : event.getTime().toInstant();
        return new ConsumedEvent<>(event.getId(), event.getType(), tenant == null ? null : tenant.toString(),
                event.getSubject(), time, payload);
    }

    private void count(String outcome, String type) {
        Counter.builder("terbuka.events.consumed").tag("outcome", outcome).tag("type", type)
                .description("Events received by this service, applied or skipped as duplicates")
                .register(meters).increment();
    }
}

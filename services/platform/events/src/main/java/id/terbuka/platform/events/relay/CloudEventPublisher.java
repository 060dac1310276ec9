package id.terbuka.platform.events.relay;

import id.terbuka.platform.events.outbox.OutboxEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

/**
 * Writes an outbox event to Kafka as a CloudEvents 1.0 record in binary mode: attributes as {@code ce_*} headers
 * (written by the CloudEvents Kafka binding, not by hand), the JSON payload as the value, the aggregate id as
 * the key, and the stored W3C {@code traceparent} so the originating trace continues in the consumer.
 */
public class CloudEventPublisher {

    public static final String TENANT_EXTENSION = "tenant";
    static final String TRACEPARENT = "traceparent";

    private final KafkaTemplate<String, byte[]> template;
    private final URI source;

    public CloudEventPublisher(KafkaTemplate<String, byte[]> template, URI source) {
        this.template = template;
        this.source = source;
    }

    public CompletableFuture<SendResult<String, byte[]>> send(OutboxEvent event) {
        return template.send(toRecord(event));
    }

    ProducerRecord<String, byte[]> toRecord(OutboxEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withSubject(event.subject())
                .withDataContentType("application/json")
                .withData(event.payload().getBytes(StandardCharsets.UTF_8));
        if (event.tenant() != null) {
            builder.withExtension(TENANT_EXTENSION, event.tenant());
        }
        CloudEvent cloudEvent = builder.build();
        ProducerRecord<String, byte[]> record =
                KafkaMessageFactory.createWriter(event.topic(), event.subject()).writeBinary(cloudEvent);
        if (event.traceparent() != null) {
            record.headers().add(TRACEPARENT, event.traceparent().getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }
}

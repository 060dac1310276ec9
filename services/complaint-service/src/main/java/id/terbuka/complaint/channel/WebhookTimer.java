package id.terbuka.complaint.channel;

import id.terbuka.complaint.complaint.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code terbuka.complaint.webhook.ack{channel, outcome}}: the webhook handler's own time, from the (already read)
 * body to the answer, i.e. signature check, parse and the durable insert. Histogram buckets are published so p99 can
 * be read from Prometheus; the network and the gateway are not in it.
 */
@Component
public class WebhookTimer {

    private final MeterRegistry meters;

    public WebhookTimer(MeterRegistry meters) {
        this.meters = meters;
    }

    <T> T time(Channel channel, Supplier<T> handler) {
        long start = System.nanoTime();
        String outcome = "refused";
        try {
            T answer = handler.get();
            outcome = "accepted";
            return answer;
        } finally {
            Timer.builder("terbuka.complaint.webhook.ack")
                    .description("Webhook handling time until the delivery is durably accepted")
                    .tag("channel", channel.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                    .publishPercentileHistogram().serviceLevelObjectives(Duration.ofMillis(100), Duration.ofSeconds(1))
                    .register(meters).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }
}

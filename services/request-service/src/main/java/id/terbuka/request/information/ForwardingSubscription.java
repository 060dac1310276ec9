package id.terbuka.request.information;

import id.terbuka.events.contracts.request.RequestForwarded;
import id.terbuka.platform.events.consume.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * request-service reads its own {@code request-forwarded} events to create the linked request in the target tenant.
 * The event is written in the same document write as the forwarding, so the linked request is created even if this
 * replica stops right after; a failure is retried by the consumer and the creation is idempotent.
 */
@Configuration(proxyBeanMethods = false)
class ForwardingSubscription {

    @Bean
    EventSubscription<RequestForwarded> createLinkedRequest(RequestService service) {
        return EventSubscription.on(RequestForwarded.TYPE, event -> {
            RequestForwarded forwarded = event.payload();
            service.createForwarded(forwarded.requestId(), forwarded.targetTenant(), forwarded.linkedRequestId(),
                    forwarded.reason(), forwarded.forwardedAt());
        });
    }
}

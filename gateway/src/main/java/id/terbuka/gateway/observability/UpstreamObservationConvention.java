package id.terbuka.gateway.observability;

import org.springframework.cloud.gateway.filter.headers.observation.DefaultGatewayObservationConvention;
import org.springframework.stereotype.Component;

/**
 * Names the gateway's observation of each call to a service (every attempt, retries included)
 * {@code terbuka.gateway.upstream.requests}. Under its default name, {@code http.client.requests},
 * it clashes in Prometheus with the WebClient metric of the same name but other tags, and one of
 * the two would be dropped.
 */
@Component
public class UpstreamObservationConvention extends DefaultGatewayObservationConvention {

	@Override
	public String getName() {
		return "terbuka.gateway.upstream.requests";
	}

}

package id.terbuka.gateway.client;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway's own calls to platform services (the tenant list now; identity-service's JWKS for
 * token validation later). URLs name the service ({@code http://identity-service/...}) and the
 * load balancer picks an instance from discovery. The WebClient is built from Boot's builder, so it
 * carries the trace context ({@code traceparent}) too.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClients {

	/** Qualifier of the load-balanced WebClient. */
	public static final String LOAD_BALANCED = "loadBalancedWebClient";

	// A dead instance must fail fast; callers set their own overall time limits on top.
	private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

	private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);

	@Bean(LOAD_BALANCED)
	WebClient loadBalancedWebClient(WebClient.Builder builder, LoadBalancedExchangeFilterFunction loadBalancer) {
		HttpClient http = HttpClient.create()
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) CONNECT_TIMEOUT.toMillis())
			.responseTimeout(RESPONSE_TIMEOUT);
		return builder.clientConnector(new ReactorClientHttpConnector(http)).filter(loadBalancer).build();
	}

}

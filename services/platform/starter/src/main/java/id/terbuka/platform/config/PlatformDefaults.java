package id.terbuka.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings every service shares, added with the lowest precedence so a service's application.yml, environment
 * variables and command line still win. Keeping them here means a new service needs only its name, port and
 * database in its own configuration.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "terbukaPlatformDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        // Local runs bind to loopback only; cluster profiles listen on all interfaces.
        defaults.put("server.address", "${SERVER_ADDRESS:127.0.0.1}");
        defaults.put("spring.web.error.include-stacktrace", "never");
        defaults.put("spring.web.error.include-message", "never");
        defaults.put("spring.web.error.whitelabel.enabled", "false");
        defaults.put("server.shutdown", "graceful");
        // Public URLs (Location headers, OpenAPI servers, the OAuth2 issuer) as the client saw them at the gateway.
        defaults.put("server.forward-headers-strategy", "framework");
        defaults.put("spring.threads.virtual.enabled", "true");
        defaults.put("spring.mvc.problemdetails.enabled", "false");
        // Indonesian unless the caller asks for another language (English texts exist) with Accept-Language.
        defaults.put("spring.web.locale", "id");
        defaults.put("spring.web.locale-resolver", "accept-header");

        defaults.put("spring.mongodb.uri", "${MONGODB_URI:mongodb://127.0.0.1:27027}");
        defaults.put("spring.kafka.bootstrap-servers", "${KAFKA_BOOTSTRAP_SERVERS:127.0.0.1:19092}");

        defaults.put("eureka.client.service-url.defaultZone", "${EUREKA_URL:http://127.0.0.1:8761/eureka}");
        defaults.put("eureka.instance.hostname", "${EUREKA_INSTANCE_HOSTNAME:127.0.0.1}");
        defaults.put("eureka.instance.lease-renewal-interval-in-seconds", "5");
        defaults.put("eureka.instance.lease-expiration-duration-in-seconds", "15");
        defaults.put("eureka.client.registry-fetch-interval-seconds", "5");
        // Which tenants this instance serves: "*" for all, or a list for a dedicated pool of a busy regency.
        defaults.put("eureka.instance.metadata-map.tenants", "${TERBUKA_SERVED_TENANTS:*}");

        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus,metrics");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        defaults.put("management.endpoint.health.show-components", "always");
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongo,kafka");
        defaults.put("management.metrics.tags.application", "${spring.application.name}");
        defaults.put("management.tracing.sampling.probability", "${TRACING_SAMPLING_PROBABILITY:0.1}");
        // Nobody reads the "active requests" long-task timer each observation also keeps; the timers stay.
        defaults.put("management.metrics.observations.ignored-meters", "long-task-timer");

        defaults.put("springdoc.swagger-ui.path", "/swagger-ui.html");
        defaults.put("springdoc.api-docs.path", "/v3/api-docs");

        if (environment.acceptsProfiles(Profiles.of("k8s"))) {
            defaults.put("server.address", "0.0.0.0");
            defaults.put("logging.structured.format.console", "ecs");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }
}

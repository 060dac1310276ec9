package id.terbuka.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code terbuka.security.*}: how services validate the identity service's tokens.
 *
 * @param issuer            the {@code iss} every token must carry: the public URL of the platform (the gateway)
 * @param jwkSetUri         where the signing keys are published
 * @param jwksViaDiscovery  resolve the host of {@code jwkSetUri} as a service name through Eureka
 */
@ConfigurationProperties("terbuka.security")
public record SecuritySettings(String issuer, String jwkSetUri, Boolean jwksViaDiscovery) {

    public SecuritySettings {
        issuer = issuer == null ? "http://127.0.0.1:8080" : issuer;
        jwkSetUri = jwkSetUri == null ? "http://identity-service/oauth2/jwks" : jwkSetUri;
        jwksViaDiscovery = jwksViaDiscovery == null || jwksViaDiscovery;
    }
}

package id.terbuka.gateway.security;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.reactive.function.client.WebClient;

import id.terbuka.gateway.client.ServiceClients;
import id.terbuka.gateway.problem.ProblemType;
import id.terbuka.gateway.problem.ProblemWriter;

/**
 * Rejects bad tokens at the edge, before routing: a request that carries a bearer token must carry one the
 * identity service signed (RS256, a key from its published JWKS, fetched through discovery and cached), with the
 * platform's issuer and not expired — {@code alg: none}, a foreign key, another issuer or an expired token get a
 * 401 problem and never reach a service. Requests without a token pass: public reads need none, and each
 * service decides which roles may do what (defence in depth).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class EdgeSecurity {

	@Bean
	SecurityWebFilterChain edgeSecurityFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder edgeJwtDecoder,
			ProblemWriter problems) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			// Headers are the services' business; the gateway passes their answers through unchanged.
			.headers(headers -> headers.disable())
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
			.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(edgeJwtDecoder))
				.authenticationEntryPoint((exchange, e) -> problems.write(exchange, ProblemType.INVALID_TOKEN, Map.of())))
			.build();
	}

	/**
	 * No observation around every security web filter: it cost more CPU than the routing itself. The exchange's
	 * own observation (http.server.requests, the trace) is kept.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	ReactiveJwtDecoder edgeJwtDecoder(@Value("${terbuka.security.issuer:http://127.0.0.1:8080}") String issuer,
			@Value("${terbuka.security.jwk-set-uri:http://identity-service/oauth2/jwks}") String jwkSetUri,
			@Qualifier(ServiceClients.LOAD_BALANCED) WebClient loadBalanced) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.webClient(loadBalanced)
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
		return decoder;
	}

}

package id.terbuka.identity.token;

import com.nimbusds.jose.jwk.JWK;
import id.terbuka.identity.account.SignIn;
import id.terbuka.platform.security.ProblemSecurityHandlers;
import id.terbuka.platform.security.SecuritySettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.util.List;
import java.util.Set;

/**
 * identity-service is the authorization server and a resource server for its own API, so it defines its own
 * filter chains (the starter's default chain backs off):
 * <ol>
 *   <li>the OAuth2 endpoints ({@code /oauth2/token}, {@code /oauth2/authorize}, {@code /oauth2/jwks}, metadata);</li>
 *   <li>the login page of the authorization code flow (session-based, CSRF-protected);</li>
 *   <li>everything else: stateless bearer tokens checked against the local keys, with the platform's 401/403
 *       problems; roles are checked per endpoint with {@code Access}.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(TokenSettings.class)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()));
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        MediaTypeRequestMatcher browsers = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browsers.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/login"), browsers));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginPageChain(HttpSecurity http, SignIn signIn) throws Exception {
        return http
                .securityMatcher("/login", "/logout", "/default-ui.css")
                .authenticationProvider(new FormLoginProvider(signIn))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemSecurityHandlers problems) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    /** Signs with the newest key only; older keys stay in the key source for verification. */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(keys);
        encoder.setJwkSelector((List<JWK> candidates) -> {
            String current = keys.current().getKeyID();
            return candidates.stream().filter(key -> current.equals(key.getKeyID())).findFirst()
                    .orElse(candidates.getFirst());
        });
        return encoder;
    }

    /** Own tokens checked against the local keys (no HTTP call to itself): RS256 only, issuer and times validated. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, SecuritySettings security) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(security.issuer()));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecuritySettings security) {
        return AuthorizationServerSettings.builder().issuer(security.issuer()).build();
    }
}

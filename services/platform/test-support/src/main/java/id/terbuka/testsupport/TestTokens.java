package id.terbuka.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Real RS256 tokens for a service's ITs, signed with a key made for the test run. Import {@link Decoder} into the
 * test context: it checks signature, issuer and expiry like the platform's decoder (which fetches identity's keys).
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:8080";
    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static String token(String tenant, String unit, String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("user-" + UUID.randomUUID())
                .issuer(ISSUER).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("tenant", tenant).claim("roles", List.of(roles));
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return sign(claims.build());
    }

    public static String citizen(String tenant, String subject) {
        return sign(new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).claim("tenant", tenant)
                .claim("roles", List.of("CITIZEN")).build());
    }

    private static String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Decoder {
        @Bean
        JwtDecoder testJwtDecoder() {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }
}

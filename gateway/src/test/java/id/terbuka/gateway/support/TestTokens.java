package id.terbuka.gateway.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/** Tokens as identity-service issues them, and the ways a forged or stale one differs. */
public final class TestTokens {

	public static final String ISSUER = "http://127.0.0.1:8080";

	private static final RSAKey PLATFORM_KEY = generate("platform-key");

	private static final RSAKey FOREIGN_KEY = generate("platform-key");

	private TestTokens() {
	}

	/** The JWKS identity-service publishes. */
	public static String jwks() {
		return new JWKSet(PLATFORM_KEY.toPublicJWK()).toString();
	}

	public static String valid(String tenant, String... roles) {
		return sign(PLATFORM_KEY, claims(ISSUER, Instant.now().plusSeconds(600), tenant, roles));
	}

	/** A third-party app's client-credentials token, as identity-service issues it. */
	public static String app(String tenant, String clientId, String rateTier) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject(clientId)
			.issueTime(Date.from(Instant.now()))
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.claim("tenant", tenant)
			.claim("client_id", clientId)
			.claim("scope", List.of("catalogue:read"))
			.claim("rate_tier", rateTier)
			.build();
		return sign(PLATFORM_KEY, claims);
	}

	public static String expired(String tenant) {
		return sign(PLATFORM_KEY, claims(ISSUER, Instant.now().minusSeconds(600), tenant));
	}

	public static String foreignIssuer(String tenant) {
		return sign(PLATFORM_KEY, claims("https://evil.example", Instant.now().plusSeconds(600), tenant));
	}

	/** Same key id, different key: a token signed by someone else. */
	public static String foreignKey(String tenant) {
		return sign(FOREIGN_KEY, claims(ISSUER, Instant.now().plusSeconds(600), tenant));
	}

	public static String unsigned(String tenant) {
		return new PlainJWT(claims(ISSUER, Instant.now().plusSeconds(600), tenant, "PROVINCE_ADMIN")).serialize();
	}

	private static JWTClaimsSet claims(String issuer, Instant expiresAt, String tenant, String... roles) {
		return new JWTClaimsSet.Builder().issuer(issuer)
			.subject("user-1")
			.issueTime(Date.from(expiresAt.minusSeconds(900)))
			.expirationTime(Date.from(expiresAt))
			.claim("tenant", tenant)
			.claim("roles", List.of(roles))
			.build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

	private static RSAKey generate(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException e) {
			throw new IllegalStateException(e);
		}
	}

}

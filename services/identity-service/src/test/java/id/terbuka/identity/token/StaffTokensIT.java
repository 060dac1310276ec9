package id.terbuka.identity.token;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.terbuka.identity.IdentityClient;
import id.terbuka.identity.account.StaffService;
import id.terbuka.identity.tenant.TenantDetails;
import id.terbuka.identity.tenant.TenantService;
import id.terbuka.platform.security.SecuritySettings;
import id.terbuka.testsupport.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static id.terbuka.identity.IdentityClient.claims;
import static id.terbuka.identity.IdentityClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in, tokens, staff administration and their enforcement against the running service (real MongoDB and
 * Kafka), every token obtained through the public login API. Same context as the other identity ITs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
class StaffTokensIT {

    static final String PASSWORD = "Kopi-Pagi-2026";
    static final String ADMIN = "province-admin@kaltim";

    @LocalServerPort
    int port;
    @Autowired
    StaffService staff;
    @Autowired
    TenantService tenants;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    SecuritySettings security;

    IdentityClient client;
    String tenant;
    String provinceToken;
    String adminToken;

    @BeforeEach
    void tenantWithAnAdmin() throws Exception {
        client = new IdentityClient(port);
        staff.ensureProvinceAdmin("kaltim", ADMIN, PASSWORD);
        provinceToken = client.accessToken(ADMIN, PASSWORD);
        tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.register(new TenantDetails(tenant, "Kabupaten Uji", "64.09", "Kalimantan Timur", "Asia/Makassar"));
        createUser(provinceToken, "tenant-admin", "[\"TENANT_ADMIN\"]", null, 201);
        adminToken = client.accessToken("tenant-admin@" + tenant, PASSWORD);
    }

    @Test
    void issuesRs256TokensWithTheTenantRolesAndKeysPublishedAtJwks() throws Exception {
        JsonNode login = client.login("tenant-admin@" + tenant, PASSWORD);
        assertThat(login.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(login.get("refreshToken").asText()).isNotBlank();
        String token = login.get("accessToken").asText();
        JsonNode claims = claims(token);
        assertThat(claims.get("iss").asText()).isEqualTo(security.issuer());
        assertThat(claims.get("tenant").asText()).isEqualTo(tenant);
        assertThat(claims.get("roles").toString()).isEqualTo("[\"TENANT_ADMIN\"]");
        assertThat(claims.has("unit")).isFalse();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        HttpResponse<String> jwks = client.get("/oauth2/jwks", null);
        assertThat(jwks.statusCode()).isEqualTo(200);
        assertThat(jwks.body()).contains(jwt.getHeader().getKeyID()).doesNotContain("\"d\":", "\"p\":");
    }

    @Test
    void createsStaffAndRequiresAnActiveUnitOfTheTenantForUnitBoundRoles() throws Exception {
        HttpResponse<String> withoutUnit = createUser(adminToken, "ppid-pelaksana", "[\"PPID_PELAKSANA\"]", null, 400);
        assertThat(withoutUnit.body()).contains("\"field\":\"unitId\"");
        assertThat(createUser(adminToken, "ppid-pelaksana", "[\"PPID_PELAKSANA\"]", "no-such-unit", 400).body())
                .contains("no-such-unit");

        String unitId = createUnit(adminToken, "DISKOMINFO");
        createUser(adminToken, "ppid-pelaksana.diskominfo", "[\"PPID_PELAKSANA\"]", unitId, 201);
        JsonNode claims = claims(client.accessToken("ppid-pelaksana.diskominfo@" + tenant, PASSWORD));
        assertThat(claims.get("roles").toString()).isEqualTo("[\"PPID_PELAKSANA\"]");
        assertThat(claims.get("unit").asText()).isEqualTo(unitId);

        HttpResponse<String> list = client.get("/api/v1/" + tenant + "/users?page=0&size=10", adminToken);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get("totalItems").asInt()).isEqualTo(2);
        assertThat(list.body()).contains("ppid-pelaksana.diskominfo@" + tenant).doesNotContain("passwordHash");
    }

    @Test
    void refusesWeakPasswordsForeignUsernamesAndDuplicates() throws Exception {
        String weak = """
                {"username":"editor@%s","displayName":"E","email":"e@example.id","password":"1234567890123",
                 "roles":["EDITOR"]}""".formatted(tenant);
        assertThat(client.post("/api/v1/" + tenant + "/users", weak, adminToken).body())
                .contains("\"field\":\"password\"");
        assertThat(createUser(adminToken, "editor", "[\"EDITOR\"]", null, 201).statusCode()).isEqualTo(201);
        assertThat(createUser(adminToken, "editor", "[\"EDITOR\"]", null, 409).body()).contains("username-taken");
        String foreign = """
                {"username":"editor@samarinda","displayName":"E","email":"e@example.id","password":"%s",
                 "roles":["EDITOR"]}""".formatted(PASSWORD);
        assertThat(client.post("/api/v1/" + tenant + "/users", foreign, adminToken).body())
                .contains("\"field\":\"username\"");
    }

    @Test
    void onlyAProvinceAdminGrantsProvinceAdmin() throws Exception {
        assertThat(createUser(adminToken, "kepala", "[\"PROVINCE_ADMIN\"]", null, 403).body())
                .contains("role-not-grantable");
        createUser(provinceToken, "kepala", "[\"PROVINCE_ADMIN\"]", null, 201);
    }

    @Test
    void roleChangesAndDeactivationTakeEffectWithTheNextToken() throws Exception {
        String id = json(createUser(adminToken, "editor", "[\"EDITOR\"]", null, 201)).get("id").asText();
        JsonNode first = client.login("editor@" + tenant, PASSWORD);
        String oldToken = first.get("accessToken").asText();

        HttpResponse<String> changed = client.patch("/api/v1/" + tenant + "/users/" + id,
                "{\"roles\":[\"EDITOR\",\"PPID_UTAMA\"]}", adminToken);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(claims(oldToken).get("roles").toString()).isEqualTo("[\"EDITOR\"]");

        HttpResponse<String> refreshed = client.post("/api/v1/auth/token",
                "{\"refreshToken\":\"" + first.get("refreshToken").asText() + "\"}", null);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        JsonNode second = json(refreshed);
        assertThat(claims(second.get("accessToken").asText()).get("roles").toString())
                .isEqualTo("[\"PPID_UTAMA\",\"EDITOR\"]");
        assertThat(second.get("refreshToken").asText()).isNotEqualTo(first.get("refreshToken").asText());

        // A refresh token works once; presenting it again revokes its successor too.
        assertThat(client.post("/api/v1/auth/token", "{\"refreshToken\":\"" + first.get("refreshToken").asText()
                + "\"}", null).statusCode()).isEqualTo(401);
        assertThat(client.post("/api/v1/auth/token", "{\"refreshToken\":\"" + second.get("refreshToken").asText()
                + "\"}", null).statusCode()).isEqualTo(401);

        JsonNode third = client.login("editor@" + tenant, PASSWORD);
        assertThat(client.post("/api/v1/" + tenant + "/users/" + id + "/deactivate", null, adminToken).statusCode())
                .isEqualTo(200);
        HttpResponse<String> login = client.post("/api/v1/auth/token",
                "{\"username\":\"editor@" + tenant + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(login.statusCode()).isEqualTo(403);
        assertThat(login.body()).contains("account-inactive");
        assertThat(client.post("/api/v1/auth/token", "{\"refreshToken\":\"" + third.get("refreshToken").asText()
                + "\"}", null).statusCode()).isEqualTo(401);
    }

    @Test
    void locksTheAccountAfterRepeatedFailuresAndAuditsItWithTheClientAddress() throws Exception {
        createUser(adminToken, "editor", "[\"EDITOR\"]", null, 201);
        String username = "editor@" + tenant;
        for (int attempt = 0; attempt < 10; attempt++) {
            HttpResponse<String> wrong = client.send(client.request("/api/v1/auth/token", null)
                    .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.7, 10.0.0.1")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"" + username + "\",\"password\":\"Salah-Sandi-" + attempt + "\"}")));
            assertThat(wrong.statusCode()).isIn(401, 429);
        }
        HttpResponse<String> right = client.post("/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
        assertThat(right.body()).contains("login-locked");

        HttpResponse<String> log = client.get("/api/v1/" + tenant + "/audit-log?page=0&size=50", adminToken);
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_REFUSED_LOCKED", "USER_CREATED",
                "203.0.113.7", username);
        assertThat(client.get("/api/v1/" + tenant + "/audit-log", provinceToken).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesForgedExpiredAndForeignTokensOnTheRealEndpoints() throws Exception {
        String path = "/api/v1/" + tenant + "/users";
        assertThat(client.get(path, adminToken).statusCode()).isEqualTo(200);
        JWTClaimsSet.Builder valid = new JWTClaimsSet.Builder().issuer(security.issuer()).subject("x")
                .claim("tenant", tenant).claim("roles", List.of("TENANT_ADMIN"))
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));

        String none = new PlainJWT(valid.build()).serialize();
        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID(signingKeys.current().getKeyID()).generate();
        String wrongKey = sign(foreignKey, valid.build());
        String wrongIssuer = sign(signingKeys.current(), new JWTClaimsSet.Builder(valid.build())
                .issuer("https://evil.example").build());
        String expired = sign(signingKeys.current(), new JWTClaimsSet.Builder(valid.build())
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(1800))).build());
        for (String forged : List.of(none, wrongKey, wrongIssuer, expired)) {
            HttpResponse<String> refused = client.get(path, forged);
            assertThat(refused.statusCode()).as(forged).isEqualTo(401);
            assertThat(refused.body()).contains("invalid-token");
        }
        // The real key and issuer do verify: the refusals above are about what was changed.
        assertThat(client.get(path, sign(signingKeys.current(), valid.build())).statusCode()).isEqualTo(200);

        String otherTenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.register(new TenantDetails(otherTenant, "Kab Lain", "64.10", "Kalimantan Timur", "Asia/Makassar"));
        HttpResponse<String> foreign = client.get("/api/v1/" + otherTenant + "/users", adminToken);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("forbidden-tenant");
        assertThat(client.get("/api/v1/" + otherTenant + "/users", provinceToken).statusCode()).isEqualTo(200);
        assertThat(client.get(path, null).statusCode()).isEqualTo(401);
    }

    @Test
    void keepsVerifyingOldTokensAfterAKeyRotationAndKeysSurviveARestart() throws Exception {
        String before = adminToken;
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();
        signingKeys.rotateNow();
        String after = client.accessToken("tenant-admin@" + tenant, PASSWORD);
        String newKid = SignedJWT.parse(after).getHeader().getKeyID();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(client.get("/api/v1/" + tenant + "/users", before).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/" + tenant + "/users", after).statusCode()).isEqualTo(200);
        assertThat(client.get("/oauth2/jwks", null).body()).contains(oldKid, newKid);

        // A new instance on the same database (a restart, or another replica) signs with the same current key.
        SigningKeys restarted = new SigningKeys(mongoTemplate, keyStoreBox, tokenSettings, java.time.Clock.systemUTC());
        assertThat(restarted.current().getKeyID()).isEqualTo(newKid);
        assertThat(restarted.verifyingKeys()).extracting(RSAKey::getKeyID).contains(oldKid, newKid);
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongoTemplate;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier(id.terbuka.identity.crypto.CryptoConfiguration.KEY_STORE)
    id.terbuka.identity.crypto.SecretBox keyStoreBox;
    @Autowired
    TokenSettings tokenSettings;

    private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> createUser(String token, String name, String roles, String unitId, int expected)
            throws Exception {
        String body = """
                {"username":"%s@%s","displayName":"%s","email":"%s@example.id","password":"%s","roles":%s%s}"""
                .formatted(name, tenant, name, name, PASSWORD, roles,
                        unitId == null ? "" : ",\"unitId\":\"" + unitId + "\"");
        HttpResponse<String> response = client.post("/api/v1/" + tenant + "/users", body, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response;
    }

    private String createUnit(String token, String code) throws Exception {
        HttpResponse<String> unit = client.post("/api/v1/" + tenant + "/units",
                "{\"code\":\"" + code + "\",\"name\":\"Dinas Komunikasi dan Informatika\",\"kind\":\"DINAS\"}", token);
        assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
        return json(unit).get("id").asText();
    }
}

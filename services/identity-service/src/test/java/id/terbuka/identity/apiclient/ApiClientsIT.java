package id.terbuka.identity.apiclient;

import id.terbuka.identity.IdentityClient;
import id.terbuka.identity.account.StaffService;
import id.terbuka.identity.tenant.TenantDetails;
import id.terbuka.identity.tenant.TenantService;
import id.terbuka.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static id.terbuka.identity.IdentityClient.claims;
import static id.terbuka.identity.IdentityClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Third-party apps: registered by a tenant admin, signing in with client credentials, rotated and revoked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
class ApiClientsIT {

    static final String PASSWORD = "Kopi-Pagi-2026";

    @LocalServerPort
    int port;
    @Autowired
    TenantService tenants;
    @Autowired
    StaffService staff;

    @Test
    void appsGetTenantScopedTokensUntilTheirSecretIsRotatedOrTheyAreRevoked() throws Exception {
        IdentityClient client = new IdentityClient(port);
        String tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.register(new TenantDetails(tenant, "Kabupaten Uji", "64.09", "Kalimantan Timur", "Asia/Makassar"));
        staff.ensureProvinceAdmin("kaltim", "province-admin@kaltim", PASSWORD);
        String province = client.accessToken("province-admin@kaltim", PASSWORD);
        client.post("/api/v1/" + tenant + "/users", """
                {"username":"tenant-admin@%s","displayName":"Admin","email":"a@example.id","password":"%s",
                 "roles":["TENANT_ADMIN"]}""".formatted(tenant, PASSWORD), province);
        String admin = client.accessToken("tenant-admin@" + tenant, PASSWORD);

        HttpResponse<String> unknownScope = client.post("/api/v1/" + tenant + "/api-clients", """
                {"name":"App","ownerContact":"dev@example.id","scopes":["admin:all"],"rateLimitTier":"BASIC"}""",
                admin);
        assertThat(unknownScope.statusCode()).isEqualTo(400);
        assertThat(unknownScope.body()).contains("\"field\":\"scopes\"");

        HttpResponse<String> registered = client.post("/api/v1/" + tenant + "/api-clients", """
                {"name":"Aplikasi Warga","ownerContact":"dev@example.id",
                 "scopes":["catalogue:read","requests:write"],"rateLimitTier":"STANDARD"}""", admin);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String clientId = json(registered).get("clientId").asText();
        String secret = json(registered).get("clientSecret").asText();
        assertThat(secret).hasSizeGreaterThan(30);
        assertThat(client.get("/api/v1/" + tenant + "/api-clients/" + clientId, admin).body())
                .doesNotContain(secret).contains("\"clientSecret\":null", "ACTIVE");

        HttpResponse<String> issued = clientCredentials(client, clientId, secret, "catalogue:read");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode claims = claims(json(issued).get("access_token").asText());
        assertThat(claims.get("tenant").asText()).isEqualTo(tenant);
        assertThat(claims.get("client_id").asText()).isEqualTo(clientId);
        assertThat(claims.get("sub").asText()).isEqualTo(clientId);
        assertThat(claims.get("rate_tier").asText()).isEqualTo("STANDARD");
        assertThat(claims.get("scope").toString()).contains("catalogue:read").doesNotContain("requests:write");
        assertThat(claims.has("roles")).isFalse();
        // An app token is no staff token: the staff endpoints refuse it.
        assertThat(client.get("/api/v1/" + tenant + "/users", json(issued).get("access_token").asText())
                .statusCode()).isEqualTo(403);

        assertThat(clientCredentials(client, clientId, "wrong-secret", "catalogue:read").statusCode()).isEqualTo(401);
        assertThat(clientCredentials(client, clientId, secret, "news:read").statusCode()).isEqualTo(400);

        HttpResponse<String> rotated = client.post("/api/v1/" + tenant + "/api-clients/" + clientId + "/secret",
                null, admin);
        String newSecret = json(rotated).get("clientSecret").asText();
        assertThat(clientCredentials(client, clientId, secret, "catalogue:read").statusCode()).isEqualTo(401);
        assertThat(clientCredentials(client, clientId, newSecret, "catalogue:read").statusCode()).isEqualTo(200);

        assertThat(client.post("/api/v1/" + tenant + "/api-clients/" + clientId + "/revoke", null, admin).body())
                .contains("REVOKED");
        assertThat(clientCredentials(client, clientId, newSecret, "catalogue:read").statusCode()).isEqualTo(401);
        assertThat(client.get("/api/v1/" + tenant + "/audit-log", admin).body())
                .contains("API_CLIENT_REGISTERED", "API_CLIENT_SECRET_ROTATED", "API_CLIENT_REVOKED");
    }

    private static HttpResponse<String> clientCredentials(IdentityClient client, String id, String secret,
                                                          String scope) throws Exception {
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(id, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return client.send(client.request("/oauth2/token", null)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(scope, StandardCharsets.UTF_8))));
    }
}

package id.terbuka.identity.token;

import id.terbuka.identity.IdentityClient;
import id.terbuka.identity.account.StaffService;
import id.terbuka.identity.account.UserAccount;
import id.terbuka.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The authorization code flow with PKCE for the platform's portals: login page, code, token with Terbuka claims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
class AuthorizationCodeIT {

    static final String REDIRECT = "http://127.0.0.1:8080/portal/callback";

    @LocalServerPort
    int port;
    @Autowired
    StaffService staff;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signsInOnTheLoginPageAndExchangesTheCodeWithItsVerifier() throws Exception {
        UserAccount admin = staff.ensureProvinceAdmin("kaltim", "province-admin@kaltim", "Kopi-Pagi-2026");
        String verifier = "verifier-" + "x".repeat(50);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = "/oauth2/authorize?response_type=code&client_id=terbuka-portal&state=s1"
                + "&redirect_uri=" + enc(REDIRECT) + "&code_challenge=" + challenge + "&code_challenge_method=S256";

        HttpResponse<String> toLogin = get(url(authorize));
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> page = get(url("/login"));
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as(page.body()).isTrue();
        HttpResponse<String> loggedIn = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc("province-admin@kaltim")
                        + "&password=" + enc("Kopi-Pagi-2026") + "&_csrf=" + enc(csrf.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        String back = loggedIn.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("/oauth2/authorize");

        HttpResponse<String> withCode = get(URI.create(back));
        String location = withCode.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(REDIRECT).contains("state=s1");
        Matcher code = Pattern.compile("code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();

        String form = "grant_type=authorization_code&client_id=terbuka-portal&code=" + code.group(1)
                + "&redirect_uri=" + enc(REDIRECT) + "&code_verifier=";
        HttpResponse<String> wrongVerifier = post(form + "wrong-verifier-" + "y".repeat(40));
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        // A code is single use, so the failed attempt above must not have been the first redemption: start again.
        HttpResponse<String> again = get(url(authorize));
        Matcher second = Pattern.compile("code=([^&]+)").matcher(again.headers().firstValue("Location").orElseThrow());
        assertThat(second.find()).isTrue();
        HttpResponse<String> token = post(form.replace(code.group(1), second.group(1)) + verifier);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode claims = IdentityClient.claims(IdentityClient.JSON.readTree(token.body()).get("access_token").asText());
        assertThat(claims.get("sub").asText()).isEqualTo(admin.id());
        assertThat(claims.get("tenant").asText()).isEqualTo("kaltim");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"PROVINCE_ADMIN\"]");
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(url("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

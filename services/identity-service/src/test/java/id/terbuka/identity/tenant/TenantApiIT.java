package id.terbuka.identity.tenant;

import id.terbuka.events.contracts.Topics;
import id.terbuka.identity.IdentityClient;
import id.terbuka.identity.account.StaffService;
import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registering and correcting tenants over real HTTP, stored in MongoDB, announced on identity.events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
class TenantApiIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    StaffService staff;

    private String token;

    @BeforeEach
    void signInAsProvinceAdmin() throws Exception {
        staff.ensureProvinceAdmin("kaltim", "province-admin@kaltim", "Kopi-Pagi-2026");
        token = new IdentityClient(port).accessToken("province-admin@kaltim", "Kopi-Pagi-2026");
    }

    @Test
    void onlyAProvinceAdminRegistersTenants() throws Exception {
        String slug = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(url("/api/v1/tenants"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(tenantJson(slug, "Kab", "64.20"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/tenants").body()).doesNotContain(slug);
    }

    @Test
    void carriesTheWorkingWeekLocalHolidaysAndCutiBersamaSettingInItsEvents() throws Exception {
        String slug = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"slug":"%s","name":"Kabupaten Enam Hari","regionCode":"64.21","province":"Kalimantan Timur",
                 "timeZone":"Asia/Makassar",
                 "workingDays":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY"],
                 "localHolidays":[{"date":"2026-10-24","name":"Hari Jadi Kabupaten"}],
                 "cutiBersamaIsWorkingDay":true}""".formatted(slug);
        HttpResponse<String> created = post("/api/v1/tenants", body, null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("SATURDAY", "Hari Jadi Kabupaten", "\"cutiBersamaIsWorkingDay\":true");
        String event = new String(awaitEvent(slug, "id.terbuka.identity.tenant-registered.v1").value(),
                StandardCharsets.UTF_8);
        assertThat(event).contains("\"workingDays\":[\"MONDAY\"", "SATURDAY", "2026-10-24",
                "\"cutiBersamaIsWorkingDay\":true");

        // Fields left out of an update keep their values; a bad calendar names its field and changes nothing.
        HttpResponse<String> renamed = put("/api/v1/tenants/" + slug, tenantJson(slug, "Kabupaten Baru", "64.21"));
        assertThat(renamed.body()).contains("SATURDAY", "Hari Jadi Kabupaten");
        HttpResponse<String> refused = put("/api/v1/tenants/" + slug, body.replace("\"SATURDAY\"", "\"MONDAY\""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"workingDays\"");
    }

    @Test
    void registersATenantListsItAndAnnouncesIt() throws Exception {
        String slug = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = post("/api/v1/tenants", tenantJson(slug, "Kabupaten Uji", "64.09"), null);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(slug));
        assertThat(created.body()).contains("\"slug\":\"" + slug + "\"", "\"timeZone\":\"Asia/Makassar\"");

        assertThat(get("/api/v1/tenants").body()).contains(slug, "Kabupaten Uji", "64.09");

        ConsumerRecord<String, byte[]> event = awaitEvent(slug, "id.terbuka.identity.tenant-registered.v1");
        assertThat(new String(event.value(), StandardCharsets.UTF_8))
                .contains("\"slug\":\"" + slug + "\"", "\"regionCode\":\"64.09\"");
    }

    @Test
    void refusesASlugThatIsAlreadyRegistered() throws Exception {
        String slug = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(post("/api/v1/tenants", tenantJson(slug, "Kabupaten A", "64.10"), null).statusCode())
                .isEqualTo(201);
        HttpResponse<String> again = post("/api/v1/tenants", tenantJson(slug, "Kabupaten B", "64.11"), null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(again.body()).contains("tenant-exists", slug);
    }

    @Test
    void namesEveryInvalidFieldAndStoresNothing() throws Exception {
        String body = """
                {"slug":"Bad Slug","name":"","regionCode":"6408","province":"Kalimantan Timur","timeZone":"Europe/Paris"}
                """;
        HttpResponse<String> refused = post("/api/v1/tenants", body, "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"slug\"", "\"field\":\"name\"", "\"field\":\"regionCode\"",
                "Kemendagri region code");
        assertThat(get("/api/v1/tenants").body()).doesNotContain("Bad Slug");

        HttpResponse<String> zone = post("/api/v1/tenants",
                tenantJson("zona-" + UUID.randomUUID().toString().substring(0, 6), "Kab", "64.12")
                        .replace("Asia/Makassar", "Europe/Paris"), null);
        assertThat(zone.statusCode()).isEqualTo(400);
        assertThat(zone.body()).contains("\"field\":\"timeZone\"", "Asia/Jakarta");
    }

    @Test
    void correctsATenantAndPublishesItsNewState() throws Exception {
        String slug = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/v1/tenants", tenantJson(slug, "Kabupaten Lama", "64.13"), null);
        HttpResponse<String> updated = put("/api/v1/tenants/" + slug, tenantJson(slug, "Kabupaten Baru", "64.13"));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.body()).contains("Kabupaten Baru");

        ConsumerRecord<String, byte[]> event = awaitEvent(slug, "id.terbuka.identity.tenant-updated.v1");
        assertThat(new String(event.value(), StandardCharsets.UTF_8)).contains("Kabupaten Baru", "\"revision\":1");

        HttpResponse<String> renamedSlug = put("/api/v1/tenants/" + slug, tenantJson("lain", "Kabupaten", "64.13"));
        assertThat(renamedSlug.statusCode()).isEqualTo(400);
        assertThat(put("/api/v1/tenants/tidak-ada", tenantJson("tidak-ada", "X", "64.14")).statusCode())
                .isEqualTo(404);
    }

    private static String tenantJson(String slug, String name, String regionCode) {
        return """
                {"slug":"%s","name":"%s","regionCode":"%s","province":"Kalimantan Timur","timeZone":"Asia/Makassar"}
                """.formatted(slug, name, regionCode);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static ConsumerRecord<String, byte[]> awaitEvent(String tenant, String type) {
        return EventProbe.await(Topics.IDENTITY, record -> tenant.equals(EventProbe.header(record, "ce_tenant"))
                && type.equals(EventProbe.header(record, "ce_type")), type + " of " + tenant);
    }

}

package id.terbuka.identity.unit;

import id.terbuka.events.contracts.Topics;
import id.terbuka.identity.tenant.TenantDetails;
import id.terbuka.identity.tenant.TenantService;
import id.terbuka.testsupport.EventProbe;
import id.terbuka.testsupport.RealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Units created, renamed and closed against real MongoDB and Kafka, announced on identity.events. Same context as
 * {@code TenantApiIT}. Changes go through MockMvc on the running application (its real filter chain) with a
 * spring-security-test token, so the test does not depend on how identity issues tokens; reads are plain HTTP
 * without a token, as the public sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
class UnitApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    TenantService tenants;
    @Autowired
    UnitLookup lookup;

    private MockMvc mvc;
    private String tenant;

    @BeforeEach
    void registerTenant() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        tenant = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.register(new TenantDetails(tenant, "Kabupaten Uji", "64.01", "Kalimantan Timur", "Asia/Makassar"));
    }

    @Test
    void createsRenamesAndClosesAUnitAndAnnouncesEveryChange() throws Exception {
        MvcResult created = send(post(units(tenant)), admin(tenant),
                "{\"code\":\"diskominfo\",\"name\":\"Dinas Komunikasi dan Informatika\",\"kind\":\"DINAS\"}");
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = read(created).get("id").asString();
        assertThat(created.getResponse().getHeader("Location")).endsWith(units(tenant) + "/" + id);
        assertThat(lookup.isActiveUnit(tenant, id)).isTrue();

        JsonNode listed = get(units(tenant));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("code").asString()).isEqualTo("DISKOMINFO");
        assertThat(listed.get(0).get("name").asString()).isEqualTo("Dinas Komunikasi dan Informatika");

        MvcResult renamed = send(put(units(tenant) + "/" + id), admin(tenant),
                "{\"name\":\"Dinas Komunikasi, Informatika, Statistik dan Persandian\"}");
        assertThat(renamed.getResponse().getStatus()).isEqualTo(200);
        assertThat(get(units(tenant) + "/" + id).get("name").asString())
                .isEqualTo("Dinas Komunikasi, Informatika, Statistik dan Persandian");

        MvcResult closed = send(post(units(tenant) + "/" + id + "/closure"), admin(tenant), null);
        assertThat(closed.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(closed).get("status").asString()).isEqualTo("CLOSED");
        assertThat(get(units(tenant)).size()).isZero();
        JsonNode all = get(units(tenant) + "?includeClosed=true");
        assertThat(all.get(0).get("status").asString()).isEqualTo("CLOSED");
        assertThat(lookup.isActiveUnit(tenant, id)).isFalse();

        Map<String, String> events = awaitEvents(id, 3);
        assertThat(events.get("id.terbuka.identity.unit-created.v1"))
                .contains("\"code\":\"DISKOMINFO\"", "\"kind\":\"DINAS\"", "\"tenant\":\"" + tenant + "\"");
        assertThat(events.get("id.terbuka.identity.unit-renamed.v1"))
                .contains("Statistik dan Persandian", "\"revision\":1");
        assertThat(events.get("id.terbuka.identity.unit-closed.v1")).contains("\"revision\":2");
    }

    @Test
    void keepsCodesUniqueWithinATenantOnly() throws Exception {
        String body = "{\"code\":\"DINKES\",\"name\":\"Dinas Kesehatan\",\"kind\":\"DINAS\"}";
        assertThat(send(post(units(tenant)), admin(tenant), body).getResponse().getStatus()).isEqualTo(201);

        MvcResult again = send(post(units(tenant)), admin(tenant), body.replace("DINKES", "dinkes"));
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("https://terbuka.id/problems/unit-code-exists", "DINKES");

        String other = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.register(new TenantDetails(other, "Kota Uji", "64.71", "Kalimantan Timur", "Asia/Makassar"));
        assertThat(send(post(units(other)), provinceAdmin(), body).getResponse().getStatus()).isEqualTo(201);

        MvcResult social = send(post(units(tenant)), admin(tenant),
                "{\"code\":\"DINSOS\",\"name\":\"Dinas Sosial\",\"kind\":\"DINAS\"}");
        String socialId = read(social).get("id").asString();
        MvcResult clash = send(put(units(tenant) + "/" + socialId), admin(tenant), "{\"code\":\"DINKES\"}");
        assertThat(clash.getResponse().getStatus()).isEqualTo(409);
        assertThat(get(units(tenant) + "/" + socialId).get("code").asString()).isEqualTo("DINSOS");
    }

    @Test
    void aClosedUnitCannotBeRenamedOrReopenedByReusingItsCode() throws Exception {
        MvcResult created = send(post(units(tenant)), admin(tenant),
                "{\"code\":\"DLH\",\"name\":\"Dinas Lingkungan Hidup\",\"kind\":\"DINAS\"}");
        String id = read(created).get("id").asString();
        send(post(units(tenant) + "/" + id + "/closure"), admin(tenant), null);

        MvcResult rename = send(put(units(tenant) + "/" + id), admin(tenant), "{\"name\":\"Dinas LH\"}");
        assertThat(rename.getResponse().getStatus()).isEqualTo(409);
        assertThat(rename.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("https://terbuka.id/problems/unit-closed");
        MvcResult recreate = send(post(units(tenant)), admin(tenant),
                "{\"code\":\"DLH\",\"name\":\"Dinas Lingkungan Hidup\",\"kind\":\"DINAS\"}");
        assertThat(recreate.getResponse().getStatus()).isEqualTo(409);

        MvcResult closeAgain = send(post(units(tenant) + "/" + id + "/closure"), admin(tenant), null);
        assertThat(closeAgain.getResponse().getStatus()).isEqualTo(200);
        assertThat(get(units(tenant) + "/" + id).get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void refusesAnEmptyRenameAndHidesUnitsOfOtherTenants() throws Exception {
        MvcResult created = send(post(units(tenant)), admin(tenant),
                "{\"code\":\"BAPPEDA\",\"name\":\"Badan Perencanaan Pembangunan Daerah\",\"kind\":\"BADAN\"}");
        String id = read(created).get("id").asString();

        MvcResult empty = send(put(units(tenant) + "/" + id), admin(tenant), "{}");
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(empty.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"field\":\"code\"", "\"field\":\"name\"");

        String other = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        tenants.register(new TenantDetails(other, "Kota Lain", "64.74", "Kalimantan Timur", "Asia/Makassar"));
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(url(units(other) + "/" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(lookup.isActiveUnit(other, id)).isFalse();
        MvcResult foreignClose = send(post(units(other) + "/" + id + "/closure"), provinceAdmin(), null);
        assertThat(foreignClose.getResponse().getStatus()).isEqualTo(404);
        assertThat(lookup.isActiveUnit(tenant, id)).isTrue();
    }

    private static String units(String tenant) {
        return "/api/v1/" + tenant + "/units";
    }

    private static RequestPostProcessor admin(String tenant) {
        return jwt().jwt(j -> j.subject("admin-" + tenant).claim("tenant", tenant)
                .claim("roles", List.of("TENANT_ADMIN")));
    }

    private static RequestPostProcessor provinceAdmin() {
        return jwt().jwt(j -> j.subject("province-admin").claim("tenant", "kaltim")
                .claim("roles", List.of("PROVINCE_ADMIN")));
    }

    private MvcResult send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                           RequestPostProcessor token, String body) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request.with(token)).andReturn();
    }

    private JsonNode read(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The first {@code count} events about the unit on identity.events, by CloudEvents type. */
    private static Map<String, String> awaitEvents(String unitId, int count) {
        Map<String, String> events = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = EventProbe.consumer()) {
            consumer.subscribe(List.of(Topics.IDENTITY));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && events.size() < count) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (unitId.equals(record.key())) {
                        assertThat(EventProbe.header(record, "ce_subject")).isEqualTo(unitId);
                        events.put(EventProbe.header(record, "ce_type"), new String(record.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(events).as("events about unit " + unitId).hasSize(count);
        return events;
    }

}

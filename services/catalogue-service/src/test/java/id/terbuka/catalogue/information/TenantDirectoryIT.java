package id.terbuka.catalogue.information;

import id.terbuka.testsupport.TestTokens;
import id.terbuka.events.contracts.Topics;
import id.terbuka.events.contracts.identity.TenantRegistered;
import id.terbuka.platform.events.outbox.EventJson;
import id.terbuka.platform.events.outbox.OutboxEvent;
import id.terbuka.platform.events.relay.CloudEventPublisher;
import id.terbuka.testsupport.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** catalogue-service learns tenants from identity.events and scopes its public paths to them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RealInfrastructure
@Import(TestTokens.Decoder.class)
class TenantDirectoryIT {

    @Autowired
    CloudEventPublisher identityEvents;

    @LocalServerPort
    int port;

    @Test
    void servesATenantOnlyAfterItsRegistrationEventArrived() throws Exception {
        String slug = "kab-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(status(slug)).isEqualTo(404);

        TenantRegistered registered = new TenantRegistered(UUID.randomUUID().toString(), slug, "Kabupaten Uji",
                "64.08", "Kalimantan Timur", "Asia/Makassar", null, null, null);
        OutboxEvent event = new OutboxEvent(UUID.randomUUID().toString(), TenantRegistered.TYPE.type(),
                Topics.IDENTITY, registered.tenantId(), slug, Instant.now(), EventJson.write(registered), null);
        identityEvents.send(event).get();
        identityEvents.send(event).get();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (status(slug) != 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        HttpResponse<String> list = get("/api/v1/" + slug + "/information");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"items\":[]", "\"totalItems\":0", "\"page\":0", "\"size\":20");

        HttpResponse<String> tooLarge = get("/api/v1/" + slug + "/information?size=1000");
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("\"field\":\"size\"");
    }

    private int status(String slug) throws Exception {
        return get("/api/v1/" + slug + "/information").statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

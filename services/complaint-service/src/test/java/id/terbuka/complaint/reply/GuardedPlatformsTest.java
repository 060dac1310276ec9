package id.terbuka.complaint.reply;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Channel;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platforms' send APIs over real HTTP (WireMock), with the retry, circuit breaker and failure classes. */
class GuardedPlatformsTest {

    static final String WA = "/v21.0/555000/messages";
    static final String TG = "/bot77:secret/sendMessage";

    final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .bindAddress("127.0.0.1"));
    final JsonMapper json = JsonMapper.builder().build();
    GuardedPlatforms platforms;

    @BeforeEach
    void start() {
        server.start();
        ComplaintSettings settings = new ComplaintSettings("dGVyYnVrYS1kZXYtY29tcGxhaW50LWtleS1OT1RTRUM=", null,
                null, Map.of(), null,
                Map.of("kutai-timur", new ComplaintSettings.WhatsApp("s", "v", "555000", "token-1",
                        server.baseUrl() + "/v21.0/")),
                Map.of("kutai-timur", new ComplaintSettings.Telegram("t", "77:secret", server.baseUrl())),
                new ComplaintSettings.Replies(null, null, null, 0, Duration.ofSeconds(2), 3, Duration.ofMillis(1),
                        Duration.ofMinutes(5), 2), null, null, null, null, null);
        platforms = new GuardedPlatforms(new Platforms(settings, json), settings, new SimpleMeterRegistry());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void sendsAWhatsAppTextWithTheBearerTokenAndReturnsTheMessageId() {
        server.stubFor(WireMock.post(urlEqualTo(WA)).willReturn(okJson(
                "{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.ABC\"}]}")));

        assertThat(platforms.send("kutai-timur", Channel.WHATSAPP, "6281234567890", "Halo")).isEqualTo("wamid.ABC");

        var request = server.getAllServeEvents().getFirst().getRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer token-1");
        JsonNode body = json.readTree(request.getBodyAsString());
        assertThat(body.path("to").asString()).isEqualTo("6281234567890");
        assertThat(body.path("text").path("body").asString()).isEqualTo("Halo");
        assertThat(body.path("messaging_product").asString()).isEqualTo("whatsapp");
    }

    @Test
    void sendsATelegramMessageToTheChat() {
        server.stubFor(WireMock.post(urlEqualTo(TG)).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":12}}")));

        assertThat(platforms.send("kutai-timur", Channel.TELEGRAM, "123456", "Halo")).isEqualTo("12");
        JsonNode body = json.readTree(server.getAllServeEvents().getFirst().getRequest().getBodyAsString());
        assertThat(body.path("chat_id").asString()).isEqualTo("123456");
    }

    @Test
    void retriesAServerErrorInPlaceAndSucceeds() {
        server.stubFor(WireMock.post(urlEqualTo(WA)).inScenario("hiccup").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
        server.stubFor(WireMock.post(urlEqualTo(WA)).inScenario("hiccup").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.2\"}]}")));

        assertThat(platforms.send("kutai-timur", Channel.WHATSAPP, "62811", "x")).isEqualTo("wamid.2");
        server.verify(2, postRequestedFor(urlEqualTo(WA)));
    }

    @Test
    void aClientErrorIsPermanentAndNotRetried() {
        server.stubFor(WireMock.post(urlEqualTo(WA)).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"message\":\"(#131030) Recipient phone number not in allowed list\"}}")));

        assertThatThrownBy(() -> platforms.send("kutai-timur", Channel.WHATSAPP, "62811", "x"))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.transientFailure()).isFalse());
        server.verify(1, postRequestedFor(urlEqualTo(WA)));
        assertThat(platforms.circuit(Channel.WHATSAPP)).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aPlatformThatKeepsFailingOpensTheCircuitAndIsNoLongerCalled() {
        server.stubFor(WireMock.post(urlEqualTo(WA)).willReturn(aResponse().withStatus(503)));

        assertThatThrownBy(() -> platforms.send("kutai-timur", Channel.WHATSAPP, "62811", "x"))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.transientFailure()).isTrue());
        server.verify(3, postRequestedFor(urlEqualTo(WA)));
        // the fourth failed call reaches the breaker's minimum and opens it
        assertThatThrownBy(() -> platforms.send("kutai-timur", Channel.WHATSAPP, "62811", "x"))
                .isInstanceOf(CallNotPermittedException.class);
        assertThat(platforms.circuit(Channel.WHATSAPP)).isEqualTo(CircuitBreaker.State.OPEN);
        int calls = server.getAllServeEvents().size();
        assertThatThrownBy(() -> platforms.send("kutai-timur", Channel.WHATSAPP, "62811", "x"))
                .isInstanceOf(CallNotPermittedException.class);
        assertThat(server.getAllServeEvents()).hasSize(calls);
        // one platform's outage leaves the other alone
        server.stubFor(WireMock.post(urlEqualTo(TG)).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1}}")));
        assertThat(platforms.send("kutai-timur", Channel.TELEGRAM, "1", "x")).isEqualTo("1");
    }

    @Test
    void fetchesAWhatsAppPhotoThroughItsShortLivedUrlWithTheToken() {
        server.stubFor(WireMock.get(urlEqualTo("/v21.0/1043873")).willReturn(okJson("{\"url\":\""
                + server.baseUrl() + "/whatsapp_media/abc?sig=1\",\"mime_type\":\"image/jpeg\"}")));
        server.stubFor(WireMock.get(urlEqualTo("/whatsapp_media/abc?sig=1"))
                .withHeader("Authorization", WireMock.equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(200).withBody(new byte[]{(byte) 0xff, (byte) 0xd8, 1, 2})));

        assertThat(platforms.download("kutai-timur", Channel.WHATSAPP, "1043873", 100))
                .containsExactly(0xff, 0xd8, 1, 2);
        assertThatThrownBy(() -> platforms.download("kutai-timur", Channel.WHATSAPP, "1043873", 3))
                .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.transientFailure()).isFalse());
    }

    @Test
    void aTenantWithoutSendCredentialsIsNotConfigured() {
        assertThat(platforms.configured("kutai-timur", Channel.WHATSAPP)).isTrue();
        assertThat(platforms.configured("samarinda", Channel.WHATSAPP)).isFalse();
        assertThat(platforms.configured("kutai-timur", Channel.WEB)).isFalse();
    }
}

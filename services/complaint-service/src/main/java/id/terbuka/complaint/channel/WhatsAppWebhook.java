package id.terbuka.complaint.channel;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.Location;
import id.terbuka.platform.problem.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * WhatsApp Cloud API webhook of a tenant's number. GET is Meta's verification handshake; POST is accepted only with
 * a valid {@code X-Hub-Signature-256} over the raw body (the tenant's app secret from configuration), checked before
 * the body is parsed. Text, image and location messages are stored ({@link InboundDeliveries}) and then go to the
 * sender's conversation ({@link ChannelIntake}) in the background; a redelivered message id changes nothing.
 */
@RestController
@RequestMapping("/channels/whatsapp/{tenant}")
public class WhatsAppWebhook {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhook.class);

    private final ComplaintSettings settings;
    private final InboundDeliveries deliveries;
    private final InboundProcessor processor;
    private final WebhookTimer timer;
    private final JsonMapper json;

    WhatsAppWebhook(ComplaintSettings settings, InboundDeliveries deliveries, InboundProcessor processor,
                    WebhookTimer timer, JsonMapper json) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.processor = processor;
        this.timer = timer;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<String> verify(@PathVariable String tenant,
                                  @RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        ComplaintSettings.WhatsApp config = config(tenant);
        if (!"subscribe".equals(mode) || challenge == null || !Signatures.sameSecret(token, config.verifyToken())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "invalid-verify-token");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
    }

    /**
     * Answers as soon as the messages are durably accepted ({@code accepted}: newly stored; a redelivery counts 0);
     * opening or joining the complaint and the bot's reply follow in the background ({@link InboundProcessor}).
     */
    @PostMapping
    Map<String, Integer> receive(@PathVariable String tenant,
                                 @RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
                                 @RequestBody(required = false) byte[] body) {
        return timer.time(Channel.WHATSAPP, () -> accept(tenant, signature, body));
    }

    private Map<String, Integer> accept(String tenant, String signature, byte[] body) {
        ComplaintSettings.WhatsApp config = config(tenant);
        byte[] raw = body == null ? new byte[0] : body;
        if (!Signatures.validHubSignature(raw, signature, config.appSecret())) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid-signature");
        }
        JsonNode root;
        try {
            root = json.readTree(raw);
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body");
        }
        int messages = 0;
        int accepted = 0;
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                // statuses (sent / delivered / read of our replies) carry no messages and are acknowledged as is
                for (JsonNode message : change.path("value").path("messages")) {
                    messages++;
                    ChannelIntake.Inbound inbound = inbound(message);
                    if (inbound == null) {
                        log.debug("WhatsApp message of type {} ignored", message.path("type").asString(null));
                        continue;
                    }
                    if (deliveries.accept(tenant, Channel.WHATSAPP, inbound, messages, message.toString())) {
                        accepted++;
                    }
                }
            }
        }
        if (accepted > 0) {
            processor.nudge();
        }
        return Map.of("messages", messages, "accepted", accepted);
    }

    /** Text, image (with its caption) and location messages; others (stickers, reactions, ...) are ignored. */
    static ChannelIntake.Inbound inbound(JsonNode message) {
        String id = message.path("id").asString(null);
        String from = message.path("from").asString(null);
        if (id == null || from == null || from.isBlank()) {
            return null;
        }
        return switch (message.path("type").asString("")) {
            case "text" -> {
                String text = message.path("text").path("body").asString("");
                yield text.isBlank() ? null : new ChannelIntake.Inbound(id, from, ChannelIntake.Kind.TEXT, text, null,
                        null);
            }
            case "image" -> new ChannelIntake.Inbound(id, from, ChannelIntake.Kind.PHOTO,
                    message.path("image").path("caption").asString(null), null,
                    message.path("image").path("id").asString(null));
            case "location" -> {
                JsonNode where = message.path("location");
                if (!where.path("latitude").isNumber() || !where.path("longitude").isNumber()) {
                    yield null;
                }
                String address = where.path("address").asString(where.path("name").asString(null));
                yield new ChannelIntake.Inbound(id, from, ChannelIntake.Kind.LOCATION, null,
                        new Location(where.path("latitude").asDouble(), where.path("longitude").asDouble(), address),
                        null);
            }
            default -> null;
        };
    }

    private ComplaintSettings.WhatsApp config(String tenant) {
        ComplaintSettings.WhatsApp config = settings.whatsapp().get(tenant);
        if (config == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "channel-not-configured", "WhatsApp", tenant);
        }
        return config;
    }
}

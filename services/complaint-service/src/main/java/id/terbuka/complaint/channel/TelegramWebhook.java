package id.terbuka.complaint.channel;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Channel;
import id.terbuka.complaint.complaint.Location;
import id.terbuka.platform.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Telegram Bot API webhook of a tenant's bot, accepted only with the secret token set on setWebhook
 * ({@code X-Telegram-Bot-Api-Secret-Token}). Text, photo and location messages are stored
 * ({@link InboundDeliveries}) and go to the sender's conversation ({@link ChannelIntake}) in the background; the
 * update id makes redeliveries harmless.
 */
@RestController
@RequestMapping("/channels/telegram/{tenant}")
public class TelegramWebhook {

    private final ComplaintSettings settings;
    private final InboundDeliveries deliveries;
    private final InboundProcessor processor;
    private final WebhookTimer timer;
    private final JsonMapper json;

    TelegramWebhook(ComplaintSettings settings, InboundDeliveries deliveries, InboundProcessor processor,
                    WebhookTimer timer, JsonMapper json) {
        this.settings = settings;
        this.deliveries = deliveries;
        this.processor = processor;
        this.timer = timer;
        this.json = json;
    }

    /** Answers once the update is durably accepted ({@code accepted}: 1, or 0 for a redelivery or no message). */
    @PostMapping
    Map<String, Integer> receive(@PathVariable String tenant,
                                 @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false)
                                 String secret,
                                 @RequestBody(required = false) byte[] body) {
        return timer.time(Channel.TELEGRAM, () -> accept(tenant, secret, body));
    }

    private Map<String, Integer> accept(String tenant, String secret, byte[] body) {
        ComplaintSettings.Telegram config = settings.telegram().get(tenant);
        if (config == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "channel-not-configured", "Telegram", tenant);
        }
        if (!Signatures.sameSecret(secret, config.secretToken())) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid-signature");
        }
        JsonNode update;
        try {
            update = json.readTree(body == null ? new byte[0] : body);
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body");
        }
        ChannelIntake.Inbound inbound = inbound(update);
        if (inbound == null || !deliveries.accept(tenant, Channel.TELEGRAM, inbound, 0, update.toString())) {
            return Map.of("accepted", 0);
        }
        processor.nudge();
        return Map.of("accepted", 1);
    }

    /** Text, photo (largest size, with its caption) and location messages; the update id is the message's key. */
    static ChannelIntake.Inbound inbound(JsonNode update) {
        JsonNode message = update.path("message");
        String updateId = update.path("update_id").asString(null);
        String chat = message.path("chat").path("id").asString(null);
        if (updateId == null || chat == null) {
            return null;
        }
        String text = message.path("text").asString(null);
        if (text != null && !text.isBlank()) {
            return new ChannelIntake.Inbound(updateId, chat, ChannelIntake.Kind.TEXT, text, null, null);
        }
        JsonNode photos = message.path("photo");
        if (photos.isArray() && !photos.isEmpty()) {
            return new ChannelIntake.Inbound(updateId, chat, ChannelIntake.Kind.PHOTO,
                    message.path("caption").asString(null), null,
                    photos.get(photos.size() - 1).path("file_id").asString(null));
        }
        JsonNode where = message.path("location");
        if (where.path("latitude").isNumber() && where.path("longitude").isNumber()) {
            return new ChannelIntake.Inbound(updateId, chat, ChannelIntake.Kind.LOCATION, null,
                    new Location(where.path("latitude").asDouble(), where.path("longitude").asDouble(), null), null);
        }
        return null;
    }
}

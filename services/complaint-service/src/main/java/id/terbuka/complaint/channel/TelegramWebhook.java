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
 * ({@code X-Telegram-Bot-Api-Secret-Token}). A text message opens a complaint; the update id makes redeliveries
 * harmless.
 */
@RestController
@RequestMapping("/channels/telegram/{tenant}")
public class TelegramWebhook {

    private final ComplaintSettings settings;
    private final ChannelIntake intake;
    private final JsonMapper json;

    TelegramWebhook(ComplaintSettings settings, ChannelIntake intake, JsonMapper json) {
        this.settings = settings;
        this.intake = intake;
        this.json = json;
    }

    @PostMapping
    Map<String, Integer> receive(@PathVariable String tenant,
                                 @RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false)
                                 String secret,
                                 @RequestBody(required = false) byte[] body) {
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
        JsonNode message = update.path("message");
        String updateId = update.path("update_id").asString(null);
        String text = message.path("text").asString(null);
        if (updateId == null || text == null || text.isBlank()) {
            return Map.of("opened", 0);
        }
        JsonNode where = message.path("location");
        Location location = where.isMissingNode() ? null
                : new Location(where.path("latitude").asDouble(), where.path("longitude").asDouble(), null);
        String chat = message.path("chat").path("id").asString(null);
        boolean opened = intake.open(tenant, Channel.TELEGRAM, updateId, text, chat, location).isPresent();
        return Map.of("opened", opened ? 1 : 0);
    }
}

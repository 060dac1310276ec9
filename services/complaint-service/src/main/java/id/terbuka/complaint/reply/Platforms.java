package id.terbuka.complaint.reply;

import id.terbuka.complaint.ComplaintSettings;
import id.terbuka.complaint.complaint.Channel;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platforms' send APIs, one plain HTTP call each: WhatsApp Cloud API {@code POST /{phone-number-id}/messages}
 * (bearer token) and Telegram Bot API {@code POST /bot{token}/sendMessage}. Base URLs and credentials are the
 * tenant's configuration. Resilience is {@link GuardedPlatforms}' job.
 */
@Component
class Platforms {

    private final ComplaintSettings settings;
    private final JsonMapper json;
    private final HttpClient http;

    Platforms(ComplaintSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** @return the platform's id of the sent message */
    String send(String tenant, Channel channel, String address, String text) {
        return switch (channel) {
            case WHATSAPP -> whatsApp(tenant, address, text);
            case TELEGRAM -> telegram(tenant, address, text);
            default -> throw new DeliveryFailure(channel + " has no send API", false);
        };
    }

    boolean configured(String tenant, Channel channel) {
        return switch (channel) {
            case WHATSAPP -> settings.whatsapp().containsKey(tenant) && settings.whatsapp().get(tenant).canSend();
            case TELEGRAM -> settings.telegram().containsKey(tenant) && settings.telegram().get(tenant).canSend();
            default -> false;
        };
    }

    private String whatsApp(String tenant, String to, String text) {
        ComplaintSettings.WhatsApp config = settings.whatsapp().get(tenant);
        if (config == null || !config.canSend()) {
            throw new DeliveryFailure("WhatsApp sending is not configured for " + tenant, false);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", to);
        body.put("type", "text");
        body.put("text", Map.of("preview_url", false, "body", text));
        URI uri = URI.create(trim(config.baseUrl()) + "/" + encode(config.phoneNumberId()) + "/messages");
        JsonNode answer = post(uri, body, "Bearer " + config.accessToken());
        return answer.path("messages").path(0).path("id").asString("");
    }

    private String telegram(String tenant, String chatId, String text) {
        ComplaintSettings.Telegram config = settings.telegram().get(tenant);
        if (config == null || !config.canSend()) {
            throw new DeliveryFailure("Telegram sending is not configured for " + tenant, false);
        }
        URI uri = URI.create(trim(config.baseUrl()) + "/bot" + config.botToken() + "/sendMessage");
        JsonNode answer = post(uri, Map.of("chat_id", chatId, "text", text), null);
        if (answer.has("ok") && !answer.path("ok").asBoolean()) {
            throw new DeliveryFailure("Telegram refused: " + answer.path("description").asString(""), false);
        }
        return answer.path("result").path("message_id").asString("");
    }

    /** The bytes of a photo the reporter sent (WhatsApp media id / Telegram file id), at most {@code maxBytes}. */
    byte[] download(String tenant, Channel channel, String mediaId, long maxBytes) {
        return switch (channel) {
            case WHATSAPP -> {
                ComplaintSettings.WhatsApp config = settings.whatsapp().get(tenant);
                if (config == null || !config.canSend()) {
                    throw new DeliveryFailure("WhatsApp media access is not configured for " + tenant, false);
                }
                String bearer = "Bearer " + config.accessToken();
                // the media id resolves to a short-lived URL, fetched with the same token
                JsonNode media = json.readTree(get(URI.create(trim(config.baseUrl()) + "/" + encode(mediaId)), bearer,
                        64 * 1024));
                String url = media.path("url").asString("");
                if (url.isBlank()) {
                    throw new DeliveryFailure("WhatsApp media " + mediaId + " has no url", false);
                }
                yield get(URI.create(url), bearer, maxBytes);
            }
            case TELEGRAM -> {
                ComplaintSettings.Telegram config = settings.telegram().get(tenant);
                if (config == null || !config.canSend()) {
                    throw new DeliveryFailure("Telegram file access is not configured for " + tenant, false);
                }
                String base = trim(config.baseUrl());
                JsonNode file = json.readTree(get(URI.create(base + "/bot" + config.botToken() + "/getFile?file_id="
                        + encode(mediaId)), null, 64 * 1024));
                String path = file.path("result").path("file_path").asString("");
                if (!file.path("ok").asBoolean() || path.isBlank() || path.contains("..")) {
                    throw new DeliveryFailure("Telegram file " + mediaId + " not available", false);
                }
                yield get(URI.create(base + "/file/bot" + config.botToken() + "/" + path), null, maxBytes);
            }
            default -> throw new DeliveryFailure(channel + " has no media", false);
        };
    }

    private byte[] get(URI uri, String authorization, long maxBytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.replies().requestTimeout()).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<java.io.InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new DeliveryFailure("network: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted", true);
        }
        int status = response.statusCode();
        try (java.io.InputStream in = response.body()) {
            if (status < 200 || status >= 300) {
                throw new DeliveryFailure(uri.getHost() + " answered " + status,
                        status >= 500 || status == 429 || status == 408);
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new DeliveryFailure("media larger than " + maxBytes + " bytes", false);
            }
            return bytes;
        } catch (IOException e) {
            throw new DeliveryFailure("network: " + e.getClass().getSimpleName(), true);
        }
    }

    private JsonNode post(URI uri, Object body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.replies().requestTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new DeliveryFailure("network: " + e.getClass().getSimpleName(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("interrupted", true);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return json.readTree(response.body());
            } catch (JacksonException e) {
                return json.createObjectNode();
            }
        }
        // The token is in Telegram's path: the message names the host and the status only.
        String what = uri.getHost() + " answered " + status;
        throw new DeliveryFailure(what, status >= 500 || status == 429 || status == 408);
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8);
    }
}

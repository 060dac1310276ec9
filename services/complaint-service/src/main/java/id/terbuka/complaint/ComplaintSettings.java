package id.terbuka.complaint;

import id.terbuka.complaint.category.Category;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code terbuka.complaint.*}. Channel credentials and API keys are configuration (secrets in production), never
 * code.
 *
 * @param encryptionKey AES-256 key (base64 of 32 bytes) for reporter names and contacts; env
 *                      {@code TERBUKA_COMPLAINT_ENCRYPTION_KEY}. The default in application.yml is a development key.
 * @param sla           working days of the clocks
 * @param intakeLimit   abuse limit of the intake: at most {@code maxComplaints} per {@code window} per IP address
 *                      and per contact (e-mail or phone)
 * @param categories    complaint categories per tenant slug; the list under {@code default} serves tenants without
 *                      their own
 * @param open311       registered Open311 API clients
 * @param whatsapp      WhatsApp Cloud API app secret and verify token per tenant slug
 * @param telegram      Telegram bot webhook secret token per tenant slug
 */
@ConfigurationProperties("terbuka.complaint")
public record ComplaintSettings(String encryptionKey, Sla sla, IntakeLimit intakeLimit,
                                Map<String, List<Category>> categories, Open311 open311,
                                Map<String, WhatsApp> whatsapp, Map<String, Telegram> telegram) {

    public static final String DEFAULT_CATEGORIES = "default";

    public ComplaintSettings {
        sla = sla == null ? new Sla(3, 5, 10) : sla;
        intakeLimit = intakeLimit == null ? new IntakeLimit(30, Duration.ofHours(1), false) : intakeLimit;
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        open311 = open311 == null ? new Open311(List.of()) : open311;
        whatsapp = whatsapp == null ? Map.of() : Map.copyOf(whatsapp);
        telegram = telegram == null ? Map.of() : Map.copyOf(telegram);
    }

    /**
     * @param verificationWorkingDays the coordinator verifies and dispatches within these (SP4N-LAPOR!: 3)
     * @param followUpWorkingDays     the unit posts its follow-up within these (5), unless the category says otherwise
     * @param reporterWorkingDays     the reporter may reopen within these after the follow-up (10)
     */
    public record Sla(int verificationWorkingDays, int followUpWorkingDays, int reporterWorkingDays) {
    }

    /**
     * @param trustForwardedFor take the client address from the last {@code X-Forwarded-For} entry (the one the
     *                          gateway appended); only when the service is reachable through the gateway alone
     */
    public record IntakeLimit(int maxComplaints, Duration window, boolean trustForwardedFor) {
    }

    public record Open311(List<ApiClient> apiClients) {
        public Open311 {
            apiClients = apiClients == null ? List.of() : List.copyOf(apiClients);
        }
    }

    /** @param tenants the jurisdictions the client may post to; empty = all */
    public record ApiClient(String name, String apiKey, List<String> tenants) {
        public ApiClient {
            tenants = tenants == null ? List.of() : List.copyOf(tenants);
        }

        @Override
        public String toString() {
            return "ApiClient[" + name + "]";
        }
    }

    public record WhatsApp(String appSecret, String verifyToken) {
        @Override
        public String toString() {
            return "WhatsApp[***]";
        }
    }

    public record Telegram(String secretToken) {
        @Override
        public String toString() {
            return "Telegram[***]";
        }
    }
}

package id.terbuka.complaint;

import id.terbuka.complaint.category.Category;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

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
 * @param replies       the outbound reply queue (sweep, back-off) and the platforms' resilience settings
 * @param duplicates    when an open complaint counts as a possible duplicate of another
 * @param attachments   size and number limits of photos and documents
 * @param lapor         SP4N-LAPOR! endpoint and token per tenant slug (from secrets); none = no forwarding
 * @param inbound       the store of accepted webhook deliveries and its worker
 * @param mail          status e-mails to web reporters
 */
@ConfigurationProperties("terbuka.complaint")
public record ComplaintSettings(String encryptionKey, Sla sla, IntakeLimit intakeLimit,
                                Map<String, List<Category>> categories, Open311 open311,
                                Map<String, WhatsApp> whatsapp, Map<String, Telegram> telegram,
                                Replies replies, Duplicates duplicates, Attachments attachments,
                                Map<String, Lapor> lapor, Inbound inbound, Mail mail) {

    public static final String DEFAULT_CATEGORIES = "default";

    @ConstructorBinding
    public ComplaintSettings {
        sla = sla == null ? new Sla(3, 5, 10) : sla;
        intakeLimit = intakeLimit == null ? new IntakeLimit(30, Duration.ofHours(1), false) : intakeLimit;
        categories = categories == null ? Map.of() : Map.copyOf(categories);
        open311 = open311 == null ? new Open311(List.of()) : open311;
        whatsapp = whatsapp == null ? Map.of() : Map.copyOf(whatsapp);
        telegram = telegram == null ? Map.of() : Map.copyOf(telegram);
        replies = replies == null ? Replies.defaults() : replies;
        duplicates = duplicates == null ? new Duplicates(0, null, 0, 0) : duplicates;
        attachments = attachments == null ? new Attachments(0, 0) : attachments;
        lapor = lapor == null ? Map.of() : Map.copyOf(lapor);
        inbound = inbound == null ? new Inbound(null, null, null, null, 0, 0) : inbound;
        mail = mail == null ? new Mail(false, null, null) : mail;
    }

    /** The settings before the reply queue existed (tests and callers that do not send). */
    public ComplaintSettings(String encryptionKey, Sla sla, IntakeLimit intakeLimit,
                             Map<String, List<Category>> categories, Open311 open311,
                             Map<String, WhatsApp> whatsapp, Map<String, Telegram> telegram) {
        this(encryptionKey, sla, intakeLimit, categories, open311, whatsapp, telegram, null, null, null, null, null, null);
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

    /**
     * @param appSecret     checks the webhook's {@code X-Hub-Signature-256}
     * @param verifyToken   answers Meta's verification handshake
     * @param phoneNumberId the business number that sends replies ({@code POST /{phone-number-id}/messages})
     * @param accessToken   bearer token of the Cloud API; without it (or the number id) no reply is sent
     * @param baseUrl       the Graph API, version included
     */
    public record WhatsApp(String appSecret, String verifyToken, String phoneNumberId, String accessToken,
                           String baseUrl) {
        @ConstructorBinding
        public WhatsApp {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://graph.facebook.com/v21.0" : baseUrl;
        }

        public WhatsApp(String appSecret, String verifyToken) {
            this(appSecret, verifyToken, null, null, null);
        }

        public boolean canSend() {
            return phoneNumberId != null && !phoneNumberId.isBlank() && accessToken != null && !accessToken.isBlank();
        }

        @Override
        public String toString() {
            return "WhatsApp[***]";
        }
    }

    /**
     * @param secretToken checks the webhook's {@code X-Telegram-Bot-Api-Secret-Token}
     * @param botToken    the bot's token for {@code sendMessage}; without it no reply is sent
     * @param baseUrl     the Bot API
     */
    public record Telegram(String secretToken, String botToken, String baseUrl) {
        @ConstructorBinding
        public Telegram {
            baseUrl = baseUrl == null || baseUrl.isBlank() ? "https://api.telegram.org" : baseUrl;
        }

        public Telegram(String secretToken) {
            this(secretToken, null, null);
        }

        public boolean canSend() {
            return botToken != null && !botToken.isBlank();
        }

        @Override
        public String toString() {
            return "Telegram[***]";
        }
    }

    /**
     * @param sweepInterval        how often each replica looks for replies that are due
     * @param initialBackoff       wait after the first failed delivery; doubles per attempt up to {@code maxBackoff}
     * @param maxBackoff           longest wait between two deliveries of the same reply
     * @param maxAttempts          deliveries (each already retried in place) before a reply is given up
     * @param requestTimeout       one HTTP call to a platform
     * @param retryAttempts        calls per delivery (resilience4j retry) on 5xx, 429 and network errors
     * @param retryWait            first wait of the in-place retry (doubles)
     * @param openCircuitWait      how long the circuit stays open after the platform kept failing
     * @param maxConcurrentCalls   bulkhead: calls in flight per platform from one replica
     */
    public record Replies(Duration sweepInterval, Duration initialBackoff, Duration maxBackoff, int maxAttempts,
                          Duration requestTimeout, int retryAttempts, Duration retryWait, Duration openCircuitWait,
                          int maxConcurrentCalls) {
        public Replies {
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(2) : sweepInterval;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(5) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(10) : maxBackoff;
            maxAttempts = maxAttempts <= 0 ? 200 : maxAttempts;
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
            retryAttempts = retryAttempts <= 0 ? 3 : retryAttempts;
            retryWait = retryWait == null ? Duration.ofMillis(300) : retryWait;
            openCircuitWait = openCircuitWait == null ? Duration.ofSeconds(30) : openCircuitWait;
            maxConcurrentCalls = maxConcurrentCalls <= 0 ? 8 : maxConcurrentCalls;
        }

        static Replies defaults() {
            return new Replies(null, null, null, 0, null, 0, null, null, 0);
        }
    }

    /**
     * @param radiusMetres at most this far apart (both need a location)
     * @param window       the other complaint was received at most this long before (or after)
     * @param minOverlap   shared stemmed terms over the smaller term set, 0..1
     * @param minShared    and at least this many shared terms
     */
    public record Duplicates(double radiusMetres, Duration window, double minOverlap, int minShared) {
        public Duplicates {
            radiusMetres = radiusMetres <= 0 ? 300 : radiusMetres;
            window = window == null ? Duration.ofDays(30) : window;
            minOverlap = minOverlap <= 0 ? 0.5 : minOverlap;
            minShared = minShared <= 0 ? 2 : minShared;
        }
    }

    /**
     * @param maxBytes      one file at most (the multipart limit in application.yml must not be lower)
     * @param maxPerComplaint files per complaint
     */
    public record Attachments(long maxBytes, int maxPerComplaint) {
        public Attachments {
            maxBytes = maxBytes <= 0 ? 10L * 1024 * 1024 : maxBytes;
            maxPerComplaint = maxPerComplaint <= 0 ? 10 : maxPerComplaint;
        }
    }

    /** @param baseUrl the national system's API (per tenant: each regency has its own access) */
    public record Lapor(String baseUrl, String token) {
        @Override
        public String toString() {
            return "Lapor[" + baseUrl + ", ***]";
        }
    }

    /**
     * @param sweepInterval  how often each replica looks for accepted deliveries left unprocessed (its own are
     *                       processed at once; this picks up other replicas' and expired claims)
     * @param lease          a claimed delivery is another replica's after this (its holder died)
     * @param initialBackoff wait after a failed processing; doubles up to {@code maxBackoff}
     * @param maxBackoff     longest wait between two attempts
     * @param maxAttempts    attempts before a delivery is set aside as FAILED (kept, with its payload)
     * @param concurrency    senders processed in parallel per replica
     */
    public record Inbound(Duration sweepInterval, Duration lease, Duration initialBackoff, Duration maxBackoff,
                          int maxAttempts, int concurrency) {
        public Inbound {
            sweepInterval = sweepInterval == null ? Duration.ofSeconds(1) : sweepInterval;
            lease = lease == null ? Duration.ofMinutes(1) : lease;
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(1) : maxBackoff;
            maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
            concurrency = concurrency <= 0 ? 8 : concurrency;
        }
    }

    /**
     * @param enabled  status e-mails are queued and sent (needs spring.mail.host)
     * @param from     sender address
     * @param baseUrl  public site, for the link to the complaint page
     */
    public record Mail(boolean enabled, String from, String baseUrl) {
        public Mail {
            from = from == null || from.isBlank() ? "pengaduan@terbuka.id" : from;
            baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://127.0.0.1:8080" : baseUrl;
        }
    }
}

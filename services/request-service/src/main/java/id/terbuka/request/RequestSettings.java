package id.terbuka.request;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * {@code terbuka.request.*}.
 *
 * @param encryptionKey AES-256 key (base64 of 32 bytes) for NIK and contact details; env
 *                      {@code TERBUKA_REQUEST_ENCRYPTION_KEY}. The default in application.yml is a development key.
 * @param fees          copying tariff: {@code tariffPerSheet} rupiah, or a tenant's own under {@code tenants.<slug>}
 */
@ConfigurationProperties("terbuka.request")
public record RequestSettings(String encryptionKey, Fees fees) {

    public RequestSettings {
        fees = fees == null ? new Fees(200, Map.of()) : fees;
    }

    public record Fees(long tariffPerSheet, Map<String, Long> tenants) {
        public Fees {
            tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
        }

        public long tariffPerSheet(String tenant) {
            return tenants.getOrDefault(tenant, tariffPerSheet);
        }
    }
}

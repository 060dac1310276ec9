package id.terbuka.complaint.channel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTest {

    static final byte[] BODY = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsMetasHmacOfTheRawBody() {
        // computed independently: python3 hmac.new(b'app-secret', BODY, sha256)
        String header = "sha256=0bf7374433906636bed1653bc7c64affb42fa5da9a39e251ab95c2e3a9c06923";
        assertThat(Signatures.validHubSignature(BODY, header, "app-secret")).isTrue();
        assertThat(Signatures.hubSignature(BODY, "app-secret")).isEqualTo(header);
        assertThat(Signatures.validHubSignature(BODY, header.toUpperCase().replace("SHA256=", "sha256="),
                "app-secret")).isTrue();
    }

    @Test
    void refusesTamperedBodiesWrongSecretsAndMalformedHeaders() {
        String header = Signatures.hubSignature(BODY, "app-secret");
        byte[] tampered = "{\"object\":\"whatsapp_business_account\" }".getBytes(StandardCharsets.UTF_8);
        assertThat(Signatures.validHubSignature(tampered, header, "app-secret")).isFalse();
        assertThat(Signatures.validHubSignature(BODY, header, "other-secret")).isFalse();
        assertThat(Signatures.validHubSignature(BODY, header.substring(7), "app-secret")).isFalse();
        assertThat(Signatures.validHubSignature(BODY, "sha256=zz", "app-secret")).isFalse();
        assertThat(Signatures.validHubSignature(BODY, null, "app-secret")).isFalse();
        assertThat(Signatures.validHubSignature(BODY, header, "")).isFalse();
    }

    @Test
    void comparesTelegramSecretTokens() {
        assertThat(Signatures.sameSecret("s3cret", "s3cret")).isTrue();
        assertThat(Signatures.sameSecret("s3cret ", "s3cret")).isFalse();
        assertThat(Signatures.sameSecret(null, "s3cret")).isFalse();
        assertThat(Signatures.sameSecret("x", null)).isFalse();
    }
}

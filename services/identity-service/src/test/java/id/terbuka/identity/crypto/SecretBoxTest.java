package id.terbuka.identity.crypto;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretBoxTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void opensWhatItSealedAndNeverStoresThePlaintext() {
        SecretBox box = new SecretBox(KEY);
        String sealed = box.seal("6408011708900001", "nik");
        assertThat(sealed).doesNotContain("6408011708900001");
        assertThat(box.open(sealed, "nik")).isEqualTo("6408011708900001");
    }

    @Test
    void sealsTheSameValueDifferentlyEachTime() {
        SecretBox box = new SecretBox(KEY);
        assertThat(box.seal("6408011708900001", "nik")).isNotEqualTo(box.seal("6408011708900001", "nik"));
    }

    @Test
    void refusesAnotherKeyOrPurpose() {
        String sealed = new SecretBox(KEY).seal("6408011708900001", "nik");
        assertThatThrownBy(() -> new SecretBox(OTHER_KEY).open(sealed, "nik"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretBox(KEY).open(sealed, "signing-key:x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesKeysThatAreNotAes256() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }
}

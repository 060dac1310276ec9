package id.terbuka.platform.crypto;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    static final String KEY = "dGVyYnVrYS1kZXYtcmVxdWVzdC1rZXktTk9UU0VDUlQ=";

    @Test
    void sealsWithAFreshNonceAndOpensOnlyForTheSameRequestAndField() {
        FieldCipher box = new FieldCipher(KEY, "terbuka.test.key");
        String sealed = box.seal("6408011505900001", "request:1:nik");

        assertThat(sealed).doesNotContain("6408011505900001");
        assertThat(box.seal("6408011505900001", "request:1:nik")).isNotEqualTo(sealed);
        assertThat(box.open(sealed, "request:1:nik")).isEqualTo("6408011505900001");
        assertThatThrownBy(() -> box.open(sealed, "request:2:nik")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldCipher("c2hvcnQ=", "terbuka.test.key").open(sealed, "request:1:nik"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThat(box.seal(null, "request:1:phone")).isNull();
    }
}

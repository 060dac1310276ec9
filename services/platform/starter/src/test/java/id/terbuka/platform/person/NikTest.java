package id.terbuka.platform.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NikTest {

    @ParameterizedTest
    @ValueSource(strings = {"6408011505900001", "6408015505900001", "3171012902000001"})
    void acceptsPlausibleNiks(String nik) {
        assertThat(Nik.isPlausible(nik)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"640801150590000", "640801150590000A", "9908011505900001", "6400011505900001",
            "6408013204900001", "6408011513900001", "6408011505900000", "6408013102010001"})
    void refusesImplausibleNiks(String nik) {
        assertThat(Nik.isPlausible(nik)).isFalse();
    }

    @Test
    void masksAllButTheRegencyAndTheLastTwoDigits() {
        assertThat(Nik.mask("6408011505900001")).isEqualTo("6408**********01");
    }
}

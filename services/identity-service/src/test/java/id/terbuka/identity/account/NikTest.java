package id.terbuka.identity.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NikTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "6408011708900001",  // man born 17 Aug 1990, Kutai Timur
            "6408015708900001",  // woman: day + 40
            "3174022902000123",  // 29 Feb 2000
            "6471017112850001"}) // woman born 31 Dec 1985 (71 = 31 + 40)
    void acceptsPlausibleNumbers(String nik) {
        assertThat(Nik.isPlausible(nik)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "640801170890000",   // 15 digits
            "64080117089000011", // 17 digits
            "64080117089A0001",  // letter
            "9908011708900001",  // no such province
            "6400011708900001",  // regency 00
            "6408001708900001",  // district 00
            "6408013208900001",  // day 32
            "6408013708900001",  // day 37: neither a man's nor a woman's day
            "6408017208900001",  // day 72
            "6408011713900001",  // month 13
            "6408011700900001",  // month 00
            "6408013104900001",  // 31 April
            "6408012902010001",  // 29 Feb 2001 / 1901
            "6408011708900000"}) // serial 0000
    void refusesImplausibleNumbers(String nik) {
        assertThat(Nik.isPlausible(nik)).isFalse();
    }

    @Test
    void masksAllButTheRegencyAndTheLastTwoDigits() {
        assertThat(new Nik("6408011708900001").masked()).isEqualTo("6408**********01");
    }

    @Test
    void cannotBeBuiltFromAnImplausibleNumber() {
        assertThatThrownBy(() -> new Nik("1234")).isInstanceOf(IllegalArgumentException.class);
    }
}

package id.terbuka.identity.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    @Test
    void allowsFourFailuresWithoutLock() {
        for (int failures = 0; failures < LoginThrottle.FREE_FAILURES; failures++) {
            assertThat(LoginThrottle.lockAfter(failures)).isZero();
        }
    }

    @Test
    void locksAMinuteAfterTheFifthFailureAndDoublesAfterEachFurtherOne() {
        assertThat(LoginThrottle.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.lockAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginThrottle.lockAfter(7)).isEqualTo(Duration.ofMinutes(4));
        assertThat(LoginThrottle.lockAfter(10)).isEqualTo(Duration.ofMinutes(32));
    }

    @Test
    void neverLocksLongerThanADay() {
        assertThat(LoginThrottle.lockAfter(16)).isEqualTo(Duration.ofDays(1));
        assertThat(LoginThrottle.lockAfter(500)).isEqualTo(Duration.ofDays(1));
    }
}

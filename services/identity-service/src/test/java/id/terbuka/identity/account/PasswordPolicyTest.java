package id.terbuka.identity.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void acceptsALongMixedPassword() {
        assertThat(PasswordPolicy.violation("Kopi-Pagi-2026", "ppid-utama@kutai-timur")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.violation("Pendek-1", "x@y")).contains("password.tooShort");
        assertThat(PasswordPolicy.violation(null, "x@y")).contains("password.tooShort");
    }

    @Test
    void refusesDigitsOnly() {
        assertThat(PasswordPolicy.violation("081234567890", "x@y")).contains("password.onlyDigits");
    }

    @Test
    void refusesTheUsernameOrItsNamePartIgnoringCase() {
        assertThat(PasswordPolicy.violation("PPID-Utama@Kutai-Timur", "ppid-utama@kutai-timur"))
                .contains("password.isUsername");
        assertThat(PasswordPolicy.violation("Ppid-Pelaksana", "ppid-pelaksana@kutai-timur"))
                .contains("password.isUsername");
    }

    @Test
    void refusesOverlongPasswords() {
        assertThat(PasswordPolicy.violation("a1".repeat(65), "x@y")).contains("password.tooLong");
    }
}

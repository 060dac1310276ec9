package id.terbuka.identity.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: at least 10 characters, not only digits (a phone number or date), and not the username
 * (or its part before {@code @}, ignoring case). Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            return Optional.of("password.onlyDigits");
        }
        if (username != null) {
            String lower = password.toLowerCase(Locale.ROOT);
            String name = username.toLowerCase(Locale.ROOT);
            int at = name.indexOf('@');
            String local = at > 0 ? name.substring(0, at) : name;
            if (lower.equals(name) || lower.equals(local)) {
                return Optional.of("password.isUsername");
            }
        }
        return Optional.empty();
    }
}

package id.terbuka.identity.account;

import id.terbuka.identity.audit.AuditAction;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.platform.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password: throttled per username ({@link LoginThrottle}), audited either way, and with the
 * same work for unknown usernames (a hash is checked against a dummy) so the answer time does not tell which
 * usernames exist.
 */
@Service
public class SignIn {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final String dummyHash;

    SignIn(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = passwords.encode("not-a-password-of-anyone");
    }

    /**
     * The account, if the password is right and the account may sign in.
     *
     * @throws ApiException 401 {@code invalid-credentials}, 429 {@code login-locked} (with the seconds to wait),
     *                      403 {@code email-not-verified} or {@code account-inactive}
     */
    public UserAccount authenticate(String rawUsername, String password) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
        Optional<UserAccount> found = users.findByUsername(username);
        String tenant = found.map(UserAccount::tenant).orElseGet(() -> tenantOf(username));
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            audit.record(tenant, username, AuditAction.LOGIN_REFUSED_LOCKED, username, "until " + locked.get());
            throw locked(locked.get());
        }
        String hash = found.map(UserAccount::passwordHash).orElse(null);
        boolean matches = passwords.matches(password == null ? "" : password, hash == null ? dummyHash : hash)
                && hash != null;
        if (!matches) {
            Optional<Instant> lockedNow = throttle.failed(username);
            audit.record(tenant, username, AuditAction.LOGIN_FAILED, username,
                    found.isPresent() ? "wrong password" : "unknown username");
            if (lockedNow.isPresent()) {
                audit.record(tenant, username, AuditAction.ACCOUNT_LOCKED, username, "until " + lockedNow.get());
            }
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid-credentials");
        }
        UserAccount user = found.get();
        if (!user.active()) {
            audit.record(tenant, username, AuditAction.LOGIN_FAILED, username, "deactivated");
            throw new ApiException(HttpStatus.FORBIDDEN, "account-inactive");
        }
        if (!user.maySignIn()) {
            audit.record(tenant, username, AuditAction.LOGIN_FAILED, username, "e-mail not verified");
            throw new ApiException(HttpStatus.FORBIDDEN, "email-not-verified");
        }
        throttle.succeeded(username);
        audit.record(tenant, user.id(), AuditAction.LOGIN_SUCCEEDED, username, null);
        return user;
    }

    private ApiException locked(Instant until) {
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        return new LoginLockedException(seconds);
    }

    /** Staff usernames end with their tenant: {@code ppid-utama@kutai-timur}. */
    static String tenantOf(String username) {
        int at = username.lastIndexOf('@');
        String suffix = at < 0 ? "" : username.substring(at + 1);
        return suffix.matches("[a-z0-9]+(-[a-z0-9]+)*") ? suffix : AuditLog.PLATFORM;
    }

    /** 429 with how long to wait; the controller turns the seconds into a {@code Retry-After} header. */
    public static final class LoginLockedException extends ApiException {

        private final long retryAfterSeconds;

        LoginLockedException(long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "login-locked", retryAfterSeconds);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}

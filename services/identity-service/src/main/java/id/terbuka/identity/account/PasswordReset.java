package id.terbuka.identity.account;

import id.terbuka.identity.audit.AuditAction;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.identity.mail.AccountMails;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Password reset by e-mail token; also how staff created without a password set their first one. */
@Service
public class PasswordReset {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final OneTimeTokens oneTimeTokens;
    private final AccountMails mails;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    PasswordReset(UserRepository users, PasswordEncoder passwords, OneTimeTokens oneTimeTokens, AccountMails mails,
                  LoginThrottle throttle, AuditLog audit, Texts texts, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.oneTimeTokens = oneTimeTokens;
        this.mails = mails;
        this.throttle = throttle;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    /** Mails a reset token to an active account's address. Answers the same whether the username exists or not. */
    public void request(String rawUsername) {
        String username = rawUsername.strip().toLowerCase(Locale.ROOT);
        users.findByUsername(username).filter(UserAccount::active).ifPresent(user -> {
            String token = oneTimeTokens.issue(user.id(), OneTimeTokens.Purpose.RESET_PASSWORD);
            mails.resetPassword(user.email(), user.displayName(), token, false);
            audit.record(user.tenant(), user.id(), AuditAction.PASSWORD_RESET_REQUESTED, username, null);
        });
    }

    public void confirm(String token, String newPassword) {
        // Check the password first: a refused password must not use up the token.
        String userId = oneTimeTokens.peek(token, OneTimeTokens.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> ApiException.unprocessable("token-invalid"));
        UserAccount user = users.findById(userId).orElseThrow(() -> ApiException.unprocessable("token-invalid"));
        PasswordPolicy.violation(newPassword, user.username()).ifPresent(key -> {
            throw ApiException.invalid(List.of(new FieldProblem("newPassword", texts.get(key))));
        });
        oneTimeTokens.redeem(token, OneTimeTokens.Purpose.RESET_PASSWORD)
                .orElseThrow(() -> ApiException.unprocessable("token-invalid"));
        user.changePassword(passwords.encode(newPassword), clock.instant());
        // Reaching the mailbox proves the person; a lock from someone else's guessing should not keep them out.
        users.save(user);
        throttle.succeeded(user.username());
        audit.record(user.tenant(), user.id(), AuditAction.PASSWORD_CHANGED, user.username(), "by reset token");
    }
}

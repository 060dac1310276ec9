package id.terbuka.identity.account;

import id.terbuka.identity.audit.AuditAction;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.identity.crypto.CryptoConfiguration;
import id.terbuka.identity.crypto.SecretBox;
import id.terbuka.identity.mail.AccountMails;
import id.terbuka.platform.problem.ApiException;
import id.terbuka.platform.problem.FieldProblem;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Citizen accounts: sign-up with e-mail verification, and the NIK kept sealed (AES-GCM) so a database dump does
 * not leak it. The username of a citizen is their e-mail address.
 */
@Service
public class CitizenService {

    public record SignUp(@NotBlank @Size(max = 120) String name,
                         @NotBlank @Email @Size(max = 254) String email,
                         @NotBlank @Size(max = 128) String password,
                         @Size(max = 20) @Pattern(regexp = "\\+?[0-9 -]{6,20}", message = "{citizen.phone.format}")
                         String phone,
                         String nik) {
    }

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final SecretBox nikBox;
    private final OneTimeTokens oneTimeTokens;
    private final AccountMails mails;
    private final AuditLog audit;
    private final Texts texts;
    private final Clock clock;

    CitizenService(UserRepository users, PasswordEncoder passwords,
                   @Qualifier(CryptoConfiguration.NIK) SecretBox nikBox, OneTimeTokens oneTimeTokens,
                   AccountMails mails, AuditLog audit, Texts texts, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.nikBox = nikBox;
        this.oneTimeTokens = oneTimeTokens;
        this.mails = mails;
        this.audit = audit;
        this.texts = texts;
        this.clock = clock;
    }

    public UserAccount register(String tenant, SignUp signUp) {
        String email = signUp.email().strip().toLowerCase(Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        PasswordPolicy.violation(signUp.password(), email)
                .ifPresent(key -> problems.add(new FieldProblem("password", texts.get(key))));
        String nik = signUp.nik() == null || signUp.nik().isBlank() ? null : signUp.nik().strip();
        if (nik != null && !Nik.isPlausible(nik)) {
            problems.add(new FieldProblem("nik", texts.get("citizen.nik.invalid")));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (users.existsByUsername(email)) {
            throw ApiException.conflict("email-registered", email);
        }
        String id = java.util.UUID.randomUUID().toString();
        UserAccount citizen = UserAccount.citizen(tenant, email, signUp.name().strip(),
                passwords.encode(signUp.password()), blankToNull(signUp.phone()),
                nik == null ? null : nikBox.seal(nik, "nik"), clock.instant());
        try {
            citizen = users.save(citizen);
        } catch (DuplicateKeyException registeredConcurrently) {
            throw ApiException.conflict("email-registered", email);
        }
        audit.record(tenant, citizen.id(), AuditAction.CITIZEN_REGISTERED, email, null);
        sendVerification(citizen);
        return citizen;
    }

    /** Confirms the address of the account the token was sent for. */
    public UserAccount verifyEmail(String tenant, String token) {
        String userId = oneTimeTokens.redeem(token, OneTimeTokens.Purpose.VERIFY_EMAIL)
                .orElseThrow(() -> ApiException.unprocessable("token-invalid"));
        UserAccount user = users.findByIdAndTenant(userId, tenant)
                .orElseThrow(() -> ApiException.unprocessable("token-invalid"));
        user.verifyEmail(clock.instant());
        users.save(user);
        audit.record(tenant, user.id(), AuditAction.EMAIL_VERIFIED, user.username(), null);
        return user;
    }

    /** Sends a new verification mail if the address belongs to an unverified citizen; silent otherwise. */
    public void resendVerification(String tenant, String email) {
        users.findByUsername(email.strip().toLowerCase(Locale.ROOT))
                .filter(user -> user.tenant().equals(tenant) && user.kind() == AccountKind.CITIZEN
                        && !user.emailVerified())
                .ifPresent(this::sendVerification);
    }

    public UserAccount get(String tenant, String id) {
        return users.findByIdAndTenant(id, tenant).filter(user -> user.kind() == AccountKind.CITIZEN)
                .orElseThrow(() -> ApiException.notFound("Citizen", id));
    }

    /** The NIK in full: only for the owner and PPID roles (the caller checks). */
    public Optional<String> nik(UserAccount citizen) {
        return Optional.ofNullable(citizen.sealedNik()).map(sealed -> nikBox.open(sealed, "nik"));
    }

    private void sendVerification(UserAccount citizen) {
        String token = oneTimeTokens.issue(citizen.id(), OneTimeTokens.Purpose.VERIFY_EMAIL);
        mails.verifyEmail(citizen.tenant(), citizen.email(), citizen.displayName(), token);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

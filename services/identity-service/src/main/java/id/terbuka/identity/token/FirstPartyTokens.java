package id.terbuka.identity.token;

import id.terbuka.identity.account.SignIn;
import id.terbuka.identity.account.UserAccount;
import id.terbuka.identity.account.UserRepository;
import id.terbuka.identity.audit.AuditAction;
import id.terbuka.identity.audit.AuditLog;
import id.terbuka.platform.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** The first-party login: password or refresh token in, access token and a new refresh token out. */
@Service
public class FirstPartyTokens {

    /** The answer of {@code POST /api/v1/auth/token}. */
    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {
    }

    private final SignIn signIn;
    private final UserRepository users;
    private final RefreshTokens refreshTokens;
    private final TokenIssuer issuer;
    private final AuditLog audit;

    FirstPartyTokens(SignIn signIn, UserRepository users, RefreshTokens refreshTokens, TokenIssuer issuer,
                     AuditLog audit) {
        this.signIn = signIn;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.issuer = issuer;
        this.audit = audit;
    }

    public TokenResponse login(String username, String password) {
        UserAccount user = signIn.authenticate(username, password);
        return respond(user, null);
    }

    public TokenResponse refresh(String refreshToken) {
        RefreshTokens.Outcome outcome = refreshTokens.use(refreshToken);
        return switch (outcome) {
            case RefreshTokens.Outcome.Valid valid -> {
                UserAccount user = users.findById(valid.userId()).filter(UserAccount::maySignIn)
                        .orElseThrow(FirstPartyTokens::invalidRefreshToken);
                audit.record(user.tenant(), user.id(), AuditAction.TOKEN_REFRESHED, user.username(), null);
                yield respond(user, valid.family());
            }
            case RefreshTokens.Outcome.Reused reused -> {
                users.findById(reused.userId()).ifPresent(user -> audit.record(user.tenant(), user.id(),
                        AuditAction.REFRESH_TOKEN_REUSED, user.username(), "all refresh tokens of the session revoked"));
                throw invalidRefreshToken();
            }
            case RefreshTokens.Outcome.Invalid invalid -> throw invalidRefreshToken();
        };
    }

    private TokenResponse respond(UserAccount user, String family) {
        return new TokenResponse(issuer.accessToken(user), "Bearer", issuer.expiresInSeconds(),
                refreshTokens.issue(user.id(), family));
    }

    private static ApiException invalidRefreshToken() {
        return new ApiException(HttpStatus.UNAUTHORIZED, "invalid-refresh-token");
    }
}

package id.terbuka.identity.token;

import id.terbuka.identity.account.PasswordReset;
import id.terbuka.identity.account.SignIn;
import id.terbuka.platform.problem.FieldProblem;
import id.terbuka.platform.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

/**
 * First-party sign-in for the platform's own portals and apps ({@code POST /api/v1/auth/token}), and password
 * reset. Third-party apps use the standard OAuth2 endpoints under {@code /oauth2}.
 */
@RestController
@RequestMapping("/api/v1/auth")
public class AuthController {

    /** Either {@code username} and {@code password}, or {@code refreshToken}. */
    record TokenRequest(@Size(max = 254) String username, @Size(max = 256) String password,
                        @Size(max = 256) String refreshToken) {
    }

    record ResetRequest(@NotBlank @Size(max = 254) String username) {
    }

    record ResetConfirmation(@NotBlank String token, @NotBlank @Size(max = 256) String newPassword) {
    }

    private final FirstPartyTokens tokens;
    private final PasswordReset passwordReset;
    private final Problems problems;

    AuthController(FirstPartyTokens tokens, PasswordReset passwordReset, Problems problems) {
        this.tokens = tokens;
        this.passwordReset = passwordReset;
        this.problems = problems;
    }

    @PostMapping("/token")
    ResponseEntity<FirstPartyTokens.TokenResponse> token(@Valid @RequestBody TokenRequest request) {
        FirstPartyTokens.TokenResponse response;
        if (request.refreshToken() != null && !request.refreshToken().isBlank()) {
            response = tokens.refresh(request.refreshToken());
        } else {
            List<FieldProblem> missing = new ArrayList<>();
            if (request.username() == null || request.username().isBlank()) {
                missing.add(new FieldProblem("username", problems.message("validation.required", null, "required",
                        org.springframework.context.i18n.LocaleContextHolder.getLocale())));
            }
            if (request.password() == null || request.password().isEmpty()) {
                missing.add(new FieldProblem("password", problems.message("validation.required", null, "required",
                        org.springframework.context.i18n.LocaleContextHolder.getLocale())));
            }
            if (!missing.isEmpty()) {
                throw id.terbuka.platform.problem.ApiException.invalid(missing);
            }
            response = tokens.login(request.username(), request.password());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(response);
    }

    /** Always 202: the answer does not tell whether the username exists. */
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestReset(@Valid @RequestBody ResetRequest request) {
        passwordReset.request(request.username());
    }

    @PostMapping("/password-reset/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmReset(@Valid @RequestBody ResetConfirmation confirmation) {
        passwordReset.confirm(confirmation.token(), confirmation.newPassword());
    }

    @ExceptionHandler(SignIn.LoginLockedException.class)
    ResponseEntity<ProblemDetail> locked(SignIn.LoginLockedException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> problem = problems.response(e.status(), e.typeSlug(), e.detailArguments(),
                List.of(), request);
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(problem.getBody());
    }
}

package id.terbuka.identity.token;

import id.terbuka.identity.account.SignIn;
import id.terbuka.identity.account.UserAccount;
import id.terbuka.platform.problem.ApiException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The login page of the authorization code flow, with the same checks, lockout and audit as the login API. */
class FormLoginProvider implements AuthenticationProvider {

    private final SignIn signIn;

    FormLoginProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            UserAccount user = signIn.authenticate(authentication.getName(),
                    String.valueOf(authentication.getCredentials()));
            return UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(user.id(), user.username()),
                    null, AuthorityUtils.createAuthorityList(user.roleNames().stream()
                            .map(role -> "ROLE_" + role).toList()));
        } catch (SignIn.LoginLockedException e) {
            throw new LockedException("locked");
        } catch (ApiException e) {
            if (e.status().value() == 403) {
                throw new DisabledException(e.typeSlug());
            }
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

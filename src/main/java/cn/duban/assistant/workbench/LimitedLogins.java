package cn.duban.assistant.workbench;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Password sign-in through Spring Security's own provider, refused while the username is locked by
 * {@link LoginAttempts}; every wrong password counts, a right one clears the count.
 */
final class LimitedLogins implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;

    LimitedLogins(AuthenticationProvider passwords, LoginAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        if (attempts.locked(username)) {
            throw new LockedException("locked");
        }
        try {
            Authentication done = passwords.authenticate(authentication);
            attempts.succeeded(username);
            return done;
        } catch (BadCredentialsException e) {
            attempts.failed(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

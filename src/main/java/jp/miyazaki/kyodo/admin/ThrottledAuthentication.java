package jp.miyazaki.kyodo.admin;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password sign-in (HTTP Basic and the console form), checked against {@link LoginThrottle} first
 * so a blocked username or address is refused without even looking at the password.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

    /** Sign-ins that come without a request (none today) share one address, so they are throttled too. */
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : UNKNOWN_ADDRESS;
        Optional<java.time.Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication authenticated = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        } catch (InternalAuthenticationServiceException e) {
            // The accounts could not be read (Redis down): not a wrong password, and answered 503 upstream.
            if (e.getCause() instanceof DataAccessException unavailable) {
                throw unavailable;
            }
            throw e;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw new BadCredentialsException("bad credentials", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

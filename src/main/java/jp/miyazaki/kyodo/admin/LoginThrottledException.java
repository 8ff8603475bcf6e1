package jp.miyazaki.kyodo.admin;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this username or address: try again after {@link #retryAfter()}. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed logins; try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

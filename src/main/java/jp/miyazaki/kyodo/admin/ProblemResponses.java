package jp.miyazaki.kyodo.admin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.web.ProblemJson;

/**
 * How the admin API says no, as RFC 9457 problem details: 401 with a Basic challenge when not signed in, 429
 * with {@code Retry-After} while failed logins are being slowed down, 403 when the role does not allow it.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemJson problems;

    ProblemResponses(JsonMapper json) {
        this.problems = new ProblemJson(json);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            long seconds = Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed logins for this account or address; try again in " + seconds + " s.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kyodo-admin\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic (staff username and password) or a staff API token (Bearer).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
    }
}

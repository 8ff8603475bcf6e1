package jp.miyazaki.kyodo.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Lets a metrics scraper in by the configured bearer token, compared in constant time; with no token configured,
 * everyone or no one, as {@link MetricsProperties} says.
 */
final class ScrapeToken implements AuthorizationManager<RequestAuthorizationContext> {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final boolean openWithoutToken;

    ScrapeToken(MetricsProperties metrics, boolean localMode) {
        this.token = metrics.tokenGiven() ? metrics.token().getBytes(StandardCharsets.UTF_8) : null;
        this.openWithoutToken = localMode;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        if (token == null) {
            return new AuthorizationDecision(openWithoutToken);
        }
        String header = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
        boolean presented = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && MessageDigest.isEqual(token, header.substring(BEARER.length()).trim()
                        .getBytes(StandardCharsets.UTF_8));
        return new AuthorizationDecision(presented);
    }
}

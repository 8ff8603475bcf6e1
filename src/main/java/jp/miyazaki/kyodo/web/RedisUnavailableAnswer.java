package jp.miyazaki.kyodo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import io.lettuce.core.RedisException;

/**
 * Turns "Redis is unreachable" on the staff side into 503 with {@code Retry-After}: problem JSON for the admin
 * API, a short page for the console. It sits outside the session and security filters, because they already need
 * Redis (the session, the account, the throttle) before any controller runs.
 */
final class RedisUnavailableAnswer extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RedisUnavailableAnswer.class);
    private static final String PAGE = """
            <!doctype html><html lang="ja"><meta charset="utf-8"><title>一時的に利用できません</title>
            <p>ただいま一時的に利用できません。しばらくしてから再読み込みしてください。</p></html>
            """;

    private final long retryAfterSeconds;
    private final ProblemJson problems;

    RedisUnavailableAnswer(long retryAfterSeconds, ProblemJson problems) {
        this.retryAfterSeconds = retryAfterSeconds;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!causedByRedis(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Redis unavailable for a staff request; answered 503: {}", e.getClass().getSimpleName());
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
            } else {
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                        "Temporarily unavailable; try again in " + retryAfterSeconds + " s.");
            }
        }
    }

    private static boolean causedByRedis(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessException || cause instanceof RedisException) {
                return true;
            }
        }
        return false;
    }
}

package jp.miyazaki.kyodo.line;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The Messaging API channel and how patiently to talk to it. Without a secret and a token the bot runs in local
 * mode: it starts, {@code /callback} refuses with 503, and nothing is sent to LINE.
 */
@Validated
@ConfigurationProperties("kyodo.line")
public record LineProperties(
        String channelSecret,
        String channelToken,
        @NotNull URI apiEndpoint,
        @NotNull Duration connectTimeout,
        @NotNull Duration readTimeout,
        @NotNull Duration loadingAnimationAfter,
        @NotNull @Valid Retry retry) {

    public boolean configured() {
        return StringUtils.hasText(channelSecret) && StringUtils.hasText(channelToken);
    }

    public boolean halfConfigured() {
        return StringUtils.hasText(channelSecret) != StringUtils.hasText(channelToken);
    }

    /** Exponential backoff with full jitter: attempt n waits a random time up to min(max, initial · 2ⁿ). */
    public record Retry(@Min(1) int maxAttempts, @NotNull Duration initialBackoff, @NotNull Duration maxBackoff) {
    }
}

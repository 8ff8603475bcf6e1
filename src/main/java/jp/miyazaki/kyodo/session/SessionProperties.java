package jp.miyazaki.kyodo.session;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long a quiet conversation is kept ({@code idleTimeout}) and how long one instance may hold a citizen's
 * lock before another may take over ({@code lockLease}, renewed after every event).
 */
@Validated
@ConfigurationProperties("kyodo.session")
public record SessionProperties(@NotNull Duration idleTimeout, @NotNull Duration lockLease) {
}

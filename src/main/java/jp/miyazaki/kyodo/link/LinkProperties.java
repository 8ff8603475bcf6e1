package jp.miyazaki.kyodo.link;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Link codes.
 *
 * @param codeValidity  how long an issued code can be used
 * @param maxAttempts   wrong codes a citizen may send within {@code attemptWindow}; after that even a right code
 *                      is refused until the window has passed, so codes cannot be guessed
 * @param attemptWindow the window for {@code maxAttempts}
 */
@Validated
@ConfigurationProperties("kyodo.link")
public record LinkProperties(@NotNull Duration codeValidity, @Min(1) int maxAttempts,
        @NotNull Duration attemptWindow) {
}

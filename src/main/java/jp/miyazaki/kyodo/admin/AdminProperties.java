package jp.miyazaki.kyodo.admin;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The first admin account ({@code KYODO_ADMIN_USERNAME} / {@code KYODO_ADMIN_PASSWORD}) and how failed logins
 * are slowed down.
 */
@Validated
@ConfigurationProperties("kyodo.admin")
public record AdminProperties(String username, String password, @Min(1) int auditKept,
        @NotNull @Valid LoginThrottling loginThrottling) {

    public boolean firstAdminGiven() {
        return StringUtils.hasText(username) && StringUtils.hasText(password);
    }

    /**
     * After {@code freeAttempts} failures for one username (or {@code freeAttemptsPerAddress} from one address)
     * within {@code window}, each further attempt must wait {@code baseDelay · 2ⁿ}, at most {@code maxDelay}.
     */
    public record LoginThrottling(@Min(1) int freeAttempts, @Min(1) int freeAttemptsPerAddress,
            @NotNull Duration baseDelay, @NotNull Duration maxDelay, @NotNull Duration window) {
    }
}

package jp.miyazaki.kyodo.broadcast;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How often reminder sources are asked ({@code interval}), and how far back a reminder still counts as due
 * ({@code lookBack}): long enough to cover quiet hours and an outage, after which a missed reminder is dropped.
 */
@Validated
@ConfigurationProperties("kyodo.reminders")
public record ReminderProperties(@NotNull Duration interval, @NotNull Duration lookBack) {
}

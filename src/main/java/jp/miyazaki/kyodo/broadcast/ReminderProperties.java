package jp.miyazaki.kyodo.broadcast;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How often reminder sources are asked ({@code interval}); how far back a reminder still counts as due
 * ({@code lookBack}: long enough to cover quiet hours and an outage, after which a missed reminder is dropped);
 * how many days before a grant's deadline its followers are reminded; and the local time of day reminders are
 * due (in the quiet-hours zone).
 */
@Validated
@ConfigurationProperties("kyodo.reminders")
public record ReminderProperties(@NotNull Duration interval, @NotNull Duration lookBack,
        @NotEmpty List<@NotNull Integer> grantDaysBefore, @NotNull LocalTime sendAt) {
}

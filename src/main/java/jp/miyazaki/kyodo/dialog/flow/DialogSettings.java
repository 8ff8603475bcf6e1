package jp.miyazaki.kyodo.dialog.flow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the engine treats a conversation ({@code kyodo.dialog.*}).
 *
 * @param idleTimeout         after this long without a message a conversation starts again politely
 * @param maxSuspended        how many interrupted flows wait at most (the oldest is dropped beyond)
 * @param interruptConfidence how sure the understanding must be before another flow's question interrupts a
 *                            free-text answer (a name or description could look like anything)
 * @param watch               reload the flow files when they change on disk
 */
@ConfigurationProperties("kyodo.dialog")
@org.springframework.validation.annotation.Validated
public record DialogSettings(@NotNull @DefaultValue("30m") Duration idleTimeout,
        @Min(0) @Max(10) @DefaultValue("3") int maxSuspended,
        @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.7") double interruptConfidence,
        @DefaultValue("false") boolean watch) {

    public static DialogSettings defaults() {
        return new DialogSettings(Duration.ofMinutes(30), 3, 0.7, false);
    }
}

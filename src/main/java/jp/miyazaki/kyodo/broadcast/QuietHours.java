package jp.miyazaki.kyodo.broadcast;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When citizens are not disturbed: no push from {@code start} to {@code end} local time (21:00–8:00 in Japan)
 * unless it is urgent. A push due in quiet hours waits until they end.
 */
@Validated
@ConfigurationProperties("kyodo.quiet-hours")
public record QuietHours(@NotNull ZoneId zone, @NotNull LocalTime start, @NotNull LocalTime end) {

    public boolean isQuiet(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        if (start.isAfter(end)) {
            return !time.isBefore(start) || time.isBefore(end);
        }
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** {@code at} itself outside quiet hours, otherwise the moment they end. */
    public Instant nextAllowed(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime end = local.with(this.end).withSecond(0).withNano(0);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }

    /** When a push wanted at {@code at} may go out. */
    public Instant sendAt(Instant at, boolean urgent) {
        return urgent ? at : nextAllowed(at);
    }
}

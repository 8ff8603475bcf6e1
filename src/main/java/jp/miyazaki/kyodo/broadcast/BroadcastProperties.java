package jp.miyazaki.kyodo.broadcast;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How broadcasts are delivered: recipients per multicast (LINE allows 500), multicasts per second across all
 * instances (LINE allows 200), how many are in flight at once, how often unfinished jobs are looked for, and
 * the lease an instance holds on a job it is sending.
 */
@Validated
@ConfigurationProperties("kyodo.broadcast")
public record BroadcastProperties(@Min(1) @Max(500) int batchSize, @Min(1) int requestsPerSecond,
        @Min(1) int parallelRequests, @NotNull Duration pollInterval, @NotNull Duration lockLease) {
}

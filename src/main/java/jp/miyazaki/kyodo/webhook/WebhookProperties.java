package jp.miyazaki.kyodo.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and pacing of the webhook.
 *
 * @param maxBodySize      larger bodies are refused with 413 before they are read
 * @param dedupeFor        how long a {@code webhookEventId} is remembered; longer than LINE's redelivery window
 * @param workers          threads handling events (each citizen's events stay in order on one of them)
 * @param queueCapacity    handling tasks waiting for a worker; beyond it the sweeper picks events up later
 * @param orderingWindow   how long a citizen's first event waits for others delivered at the same moment, so
 *                         concurrently delivered events are still handled in timestamp order
 * @param sweepInterval    how often inboxes left by a busy or crashed instance are looked at
 * @param replicasToConfirm replicas that must hold an accepted event before LINE is answered 200 (Redis
 *                         {@code WAIT}); 0 answers once the primary has it
 * @param replicaTimeout   how long to wait for them; without them LINE is answered 503 and redelivers
 */
@Validated
@ConfigurationProperties("kyodo.webhook")
public record WebhookProperties(
        @NotNull DataSize maxBodySize,
        @NotNull Duration dedupeFor,
        @Min(1) int workers,
        @Min(1) int queueCapacity,
        @NotNull Duration orderingWindow,
        @NotNull Duration sweepInterval,
        @Min(0) int replicasToConfirm,
        @NotNull Duration replicaTimeout) {
}

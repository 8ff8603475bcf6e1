package jp.miyazaki.kyodo.simulator;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The simulator's switch and patience. {@code enabled} matters only when a LINE channel is configured: in local
 * mode the simulator is the only way to talk to the bot, so it is on regardless. {@code lockWait} is how long a
 * simulated turn waits for the citizen's lock (held by a webhook event of the same user) before giving up with 409.
 */
@Validated
@ConfigurationProperties("kyodo.simulator")
public record SimulatorProperties(boolean enabled, @NotNull Duration lockWait) {
}

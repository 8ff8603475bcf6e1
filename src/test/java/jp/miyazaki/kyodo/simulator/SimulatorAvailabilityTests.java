package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.miyazaki.kyodo.line.LineProperties;

class SimulatorAvailabilityTests {

    @ParameterizedTest(name = "enabled={0}, LINE configured={1} → on={2}")
    @CsvSource({"false, false, true", "true, false, true", "false, true, false", "true, true, true"})
    void isOnInLocalModeAndOtherwiseOnlyWhenEnabled(boolean enabled, boolean lineConfigured, boolean on) {
        LineProperties line = new LineProperties(lineConfigured ? "secret" : null, lineConfigured ? "token" : null,
                URI.create("https://api.line.me"), Duration.ofSeconds(3), Duration.ofSeconds(10),
                Duration.ofSeconds(1), new LineProperties.Retry(4, Duration.ofMillis(250), Duration.ofSeconds(4)));

        SimulatorAvailability availability =
                new SimulatorAvailability(new SimulatorProperties(enabled, Duration.ofSeconds(3)), line);

        assertThat(availability.isOn()).isEqualTo(on);
    }
}

package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.dialog.UserInput;

class SimulatorRequestTests {

    private static final String USER = "U0123456789abcdef0123456789abcdef";

    @Test
    void readsEachKindOfEvent() {
        assertThat(new SimulatorRequest(USER, "こんにちは", null, null, null, null, null).toInput())
                .isEqualTo(new UserInput.Text("こんにちは"));
        assertThat(new SimulatorRequest(USER, null, "pick?slot=date", Map.of("date", "2026-12-05"), null, null, null).toInput())
                .isEqualTo(new UserInput.Postback("pick?slot=date", Map.of("date", "2026-12-05")));
        assertThat(new SimulatorRequest(USER, null, "detail?id=1", null, null, null, null).toInput())
                .isEqualTo(new UserInput.Postback("detail?id=1", Map.of()));
        assertThat(new SimulatorRequest(USER, null, null, null, "follow", null, null).toInput()).isEqualTo(new UserInput.Follow());
        assertThat(new SimulatorRequest(USER, null, null, null, "unfollow", null, null).toInput())
                .isEqualTo(new UserInput.Unfollow());
    }

    @Test
    void acceptsTextUpToLinesLimit() {
        String longest = "あ".repeat(SimulatorRequest.TEXT_LENGTH);

        assertThat(new SimulatorRequest(USER, longest, null, null, null, null, null).toInput())
                .isEqualTo(new UserInput.Text(longest));
        assertThatThrownBy(() -> new SimulatorRequest(USER, longest + "あ", null, null, null, null, null).toInput())
                .isInstanceOf(InvalidSimulatorRequest.class).hasMessageContaining("5000");
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> new SimulatorRequest(null, "a", null, null, null, null, null).toInput())
                .hasMessage("userId is required.");
        assertThatThrownBy(() -> new SimulatorRequest(USER, null, null, null, null, null, null).toInput())
                .hasMessage("Give exactly one of text, postback, location or event.");
        assertThatThrownBy(() -> new SimulatorRequest(USER, null, null, null, "join", null, null).toInput())
                .hasMessage("event must be follow or unfollow.");
        assertThatThrownBy(() -> new SimulatorRequest(USER, null, "a", Map.of("color", "red"), null, null, null).toInput())
                .hasMessage("params may only hold date, time or datetime.");
    }

    @Test
    void takesTheProfileLanguageJaOrEn() {
        assertThat(new SimulatorRequest(USER, "hi", null, null, null, "en", null).profileLanguage()).contains("en");
        assertThat(new SimulatorRequest(USER, "hi", null, null, null, null, null).profileLanguage()).isEmpty();
        assertThatThrownBy(() -> new SimulatorRequest(USER, "hi", null, null, null, "fr", null).profileLanguage())
                .hasMessage("language must be ja or en.");
    }
}

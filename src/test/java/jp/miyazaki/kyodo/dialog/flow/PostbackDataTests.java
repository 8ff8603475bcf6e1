package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PostbackDataTests {

    @Test
    void slotAnswersAndIntentStartsRoundTrip() {
        String answer = PostbackData.forSlot("signup", "people", "2");
        String start = PostbackData.forIntent("volunteer.signup", Map.of("opportunity", "OPP-12"));

        assertThat(answer).isEqualTo("flow=signup&slot=people&value=2");
        assertThat(start).isEqualTo("intent=volunteer.signup&opportunity=OPP-12");
        assertThat(PostbackData.decode(answer)).containsExactly(Map.entry("flow", "signup"),
                Map.entry("slot", "people"), Map.entry("value", "2"));
        assertThat(PostbackData.decode(PostbackData.forSlot("a", "b", "青島&清武"))).containsEntry("value", "青島&清武");
    }

    @Test
    void junkDecodesToNothing() {
        assertThat(PostbackData.decode("no-equals-sign")).isEmpty();
        assertThat(PostbackData.decode(null)).isEmpty();
    }
}

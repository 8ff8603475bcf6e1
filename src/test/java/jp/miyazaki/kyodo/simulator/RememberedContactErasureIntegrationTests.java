package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A name and contact the citizen let the bot remember, through the simulator as a citizen goes in: kept after
 * 「はい」, then erased with everything else by 「データを削除して」.
 */
class RememberedContactErasureIntegrationTests extends SimulatorIntegrationTest {

    private static final String CITIZEN = "U0123456789abcdef0123456789abcd7e";
    private static final String KEPT = "kyodo:signup:remembered:" + CITIZEN;

    @Test
    void deletingMyDataErasesTheRememberedNameAndContact() {
        postback("intent=volunteer.signup&opportunity=opp-032");
        says("宮崎 花子");
        says("090-1234-5678");
        says("1");
        postback("flow=signup&slot=consent&value=yes");
        assertThat(postback("flow=signup&slot=confirm&value=yes")).contains("お申し込みを受け付けました",
                "次回のために、お名前と連絡先を覚えておきましょうか？");
        assertThat(redis.hasKey(KEPT)).as("nothing is kept before the citizen says yes").isFalse();

        assertThat(postback("flow=signup-remember&slot=remember&value=yes")).contains("お名前と連絡先を覚えました");
        assertThat(redis.<String, String>opsForHash().entries(KEPT)).containsEntry("name", "宮崎 花子")
                .containsEntry("contact", "090-1234-5678");

        assertThat(says("データを削除して")).contains("元に戻せません");
        assertThat(postback("flow=privacy&slot=confirm&value=yes")).contains("すべて削除しました");

        assertThat(redis.hasKey(KEPT)).as("the remembered name and contact").isFalse();
        assertThat(redis.keys("*" + CITIZEN + "*")).as("every key of the citizen").isEmpty();
        assertThat(postback("intent=volunteer.signup&opportunity=opp-028")).contains("お名前")
                .doesNotContain("宮崎 花子", "5678");
    }

    private String says(String text) {
        return messages(Map.of("userId", CITIZEN, "text", text)).toString();
    }

    private String postback(String data) {
        return messages(Map.of("userId", CITIZEN, "postback", data)).toString();
    }
}

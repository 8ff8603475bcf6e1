package jp.miyazaki.kyodo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuiteLogTests {

    @Test
    void personalDataAndTheTokenAreFound() {
        assertThat(SuiteLog.personalDataIn("handled event for U4af4980629e1d1c27f64e4f1e2cd8c1b"))
                .contains("user id");
        assertThat(SuiteLog.personalDataIn("contact jiro@example.jp saved")).contains("e-mail address");
        assertThat(SuiteLog.personalDataIn("電話 090-1234-5678")).contains("phone number");
        assertThat(SuiteLog.personalDataIn("call 09012345678 later")).contains("phone number");
        assertThat(SuiteLog.personalDataIn("Authorization: Bearer " + KyodoIntegrationTest.CHANNEL_TOKEN))
                .contains("channel token");
    }

    @Test
    void ordinaryLogLinesPass() {
        assertThat(SuiteLog.personalDataIn("2026-11-26 INFO Started KyodoBotApplication in 3.5 seconds")).isEmpty();
        assertThat(SuiteLog.personalDataIn("Handled 3 events for citizen c-7f3a2b1c")).isEmpty();
        assertThat(SuiteLog.personalDataIn("took 0.0123456789 s")).isEmpty();
    }
}

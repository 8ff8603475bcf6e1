package jp.miyazaki.kyodo.webhook;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/** An answer that takes longer than about a second shows LINE's loading animation first; a quick one does not. */
class LoadingAnimationIntegrationTests extends KyodoIntegrationTest {

    private static final String SLOW = "じっくり考えてください";

    @TestConfiguration
    static class SlowDialog {
        @Bean
        @Primary
        Dialog slowDialog() {
            return (state, turn) -> {
                boolean slow = turn.input() instanceof jp.miyazaki.kyodo.dialog.UserInput.Text text
                        && text.text().equals(SLOW);
                if (slow) {
                    try {
                        Thread.sleep(1_600);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new Dialog.Outcome(Optional.of(state), Reply.of(new Reply.Text("お待たせしました。")));
            };
        }
    }

    @Test
    void showsTheLoadingAnimationOnlyWhenAnAnswerIsSlow() throws InterruptedException {
        String user = "Upatient000000000000000000000001";
        deliverSigned(batch(text(user, "はじめまして", System.currentTimeMillis())));
        await().atMost(Duration.ofSeconds(5)).until(() -> LINE.requests(LineApiMock.REPLY).size() == 1);
        LINE.reset();
        deliverSigned(batch(text(user, "こんにちは", System.currentTimeMillis())));
        await().atMost(Duration.ofSeconds(5)).until(() -> LINE.requests(LineApiMock.REPLY).size() == 1);
        Thread.sleep(1_300);
        assertThat(LINE.requests(LineApiMock.LOADING)).isEmpty();

        deliverSigned(batch(text(user, SLOW, System.currentTimeMillis())));

        await().atMost(Duration.ofSeconds(5)).until(() -> LINE.requests(LineApiMock.REPLY).size() == 2);
        assertThat(LINE.requests(LineApiMock.LOADING)).singleElement().satisfies(request ->
                assertThat(request.getBodyAsString()).contains("\"chatId\":\"" + user + "\""));
    }
}

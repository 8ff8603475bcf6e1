package jp.miyazaki.kyodo.webhook;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.newId;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Events of one citizen delivered all at once, each in its own request and in shuffled order, are handled in
 * the order the citizen sent them. The ordering window is widened here so that all 50 requests surely arrive
 * within it on a busy 2-core machine; the mechanism is the same at the default window.
 */
@TestPropertySource(properties = "kyodo.webhook.ordering-window=1500ms")
class EventOrderingIntegrationTests extends KyodoIntegrationTest {

    @Test
    void handlesFiftyConcurrentlyDeliveredEventsOfOneCitizenInTimestampOrder() {
        String user = "Uordered000000000000000000000001";
        long start = System.currentTimeMillis();
        List<String> tokens = IntStream.range(0, 50).mapToObj(i -> newId()).toList();
        List<Integer> order = new ArrayList<>(IntStream.range(0, 50).boxed().toList());
        Collections.shuffle(order);

        ExecutorService senders = Executors.newFixedThreadPool(50);
        try {
            CompletableFuture.allOf(order.stream().map(i -> CompletableFuture.runAsync(() ->
                    assertThat(deliverSigned(batch(text(user, "メッセージ" + i, start + i, newId(), tokens.get(i),
                            "active", false))).statusCode()).isEqualTo(200), senders))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            senders.shutdown();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> LINE.requests(LineApiMock.REPLY).size() >= 50);
        List<String> answered = LINE.requests(LineApiMock.REPLY).stream().map(LoggedRequest::getBodyAsString)
                .map(body -> tokens.stream().filter(body::contains).findFirst().orElseThrow()).toList();
        assertThat(answered).containsExactlyElementsOf(tokens);
    }
}

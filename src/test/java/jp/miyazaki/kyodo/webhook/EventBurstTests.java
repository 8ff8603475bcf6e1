package jp.miyazaki.kyodo.webhook;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.newId;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;

/**
 * After a broadcast thousands answer at once: 10,000 events from 1,000 citizens, ten rounds of one message each,
 * sent as signed batches of ten events on eight connections. Every event is answered exactly once and each
 * citizen's answers come in the order of their messages. Slow (tens of seconds): run with {@code -Pfaults}.
 */
@Tag("slow")
class EventBurstTests {

    private static final int CITIZENS = 1_000;
    private static final int ROUNDS = 10;
    private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void tenThousandEventsFromAThousandCitizensAreEachAnsweredOnceInOrder() throws Exception {
        RedisTestServer redis = RedisTestServer.start();
        LineApiMock line = LineApiMock.startWithoutValidation();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try (RunningBot bot = RunningBot.start(redis, line, "--logging.level.jp.miyazaki.kyodo=WARN")) {
            Map<String, String> citizenOf = new HashMap<>();
            Map<String, Integer> roundOf = new HashMap<>();
            long started = System.nanoTime();
            long timestamp = System.currentTimeMillis();
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int first = 0; first < CITIZENS; first += 10) {
                    List<String> events = new ArrayList<>();
                    for (int c = first; c < first + 10; c++) {
                        String citizen = "U%032x".formatted(0xb0057L * 10_000 + c);
                        String token = newId();
                        citizenOf.put(token, citizen);
                        roundOf.put(token, round);
                        events.add(text(citizen, round % 2 == 0 ? "こんにちは" : "今週末のイベントは？",
                                timestamp + round, newId(), token, "active", false));
                    }
                    byte[] body = batch(events).getBytes(StandardCharsets.UTF_8);
                    statuses.add(senders.submit(() -> bot.post("/callback", body,
                            LineWebhookRequests.sign(KyodoIntegrationTest.CHANNEL_SECRET, body)).statusCode()));
                }
                for (Future<Integer> status : statuses) {
                    assertThat(status.get()).isEqualTo(200);
                }
            }
            double acceptedSeconds = (System.nanoTime() - started) / 1e9;
            int total = CITIZENS * ROUNDS;
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .until(() -> line.requests(LineApiMock.REPLY).size() >= total);
            double answeredSeconds = (System.nanoTime() - started) / 1e9;
            Thread.sleep(2_000);

            List<ServeEvent> served = new ArrayList<>(line.server().getAllServeEvents());
            java.util.Collections.reverse(served);
            Map<String, Integer> answers = new HashMap<>();
            Map<String, List<Integer>> roundsAnswered = new HashMap<>();
            for (ServeEvent event : served) {
                if (!event.getRequest().getUrl().startsWith(LineApiMock.REPLY)) {
                    continue;
                }
                Matcher token = REPLY_TOKEN.matcher(event.getRequest().getBodyAsString());
                assertThat(token.find()).isTrue();
                answers.merge(token.group(1), 1, Integer::sum);
                roundsAnswered.computeIfAbsent(citizenOf.get(token.group(1)), c -> new ArrayList<>())
                        .add(roundOf.get(token.group(1)));
            }
            System.out.printf("Burst: %d events from %d citizens accepted in %.1f s, all answered after %.1f s%n",
                    total, CITIZENS, acceptedSeconds, answeredSeconds);
            assertThat(answers).as("every event answered").hasSize(total);
            assertThat(answers.values()).as("answers per event").containsOnly(1);
            assertThat(line.requests(LineApiMock.PUSH)).isEmpty();
            assertThat(roundsAnswered).hasSize(CITIZENS).allSatisfy((citizen, rounds) ->
                    assertThat(rounds).as("answers of one citizen in order").isSorted());
        } finally {
            senders.shutdownNow();
            line.close();
            redis.stop();
        }
    }
}

package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import jp.miyazaki.kyodo.testsupport.RunningBot;
import jp.miyazaki.kyodo.testsupport.SentinelSet;

/**
 * Nothing acknowledged is lost when the Redis primary dies under steady webhook load. The bot runs on a primary, a
 * replica and three sentinels with {@code KYODO_WEBHOOK_REPLICAS_TO_CONFIRM=1}, so it answers LINE 200 only once
 * the replica holds the event (Redis WAIT), and 503 otherwise. Signed events arrive at 20 per second, each from
 * its own citizen; the primary is killed a third of the way through; whatever was not answered 200 is redelivered
 * every second, as LINE does with redelivery switched on. Every citizen must then get exactly one answer.
 */
class WebhookFailoverIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(WebhookFailoverIntegrationTests.class);
    private static final int EVENTS = 120;
    private static final Duration SPACING = Duration.ofMillis(50);
    private static final int KILL_AT = 40;
    private static final Pattern REPLY_TOKEN = Pattern.compile("\"replyToken\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    static Path dir;

    private static LineApiMock line;
    private static SentinelSet redis;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
        redis = SentinelSet.start(dir);
        Map<String, String> variables = new HashMap<>(redis.variables());
        variables.put("KYODO_WEBHOOK_REPLICAS_TO_CONFIRM", "1");
        bot = RunningBot.start(variables, line);
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        redis.close();
        line.close();
    }

    @Test
    void everyEventIsAnsweredExactlyOnceAcrossAPrimaryFailure() throws Exception {
        List<Delivery> deliveries = IntStream.range(0, EVENTS).mapToObj(Delivery::new).toList();
        Set<Delivery> unanswered = ConcurrentHashMap.newKeySet();
        AtomicLong firstAcceptedAfterKill = new AtomicLong();
        long killedAt = 0;
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            long begin = System.nanoTime();
            for (Delivery delivery : deliveries) {
                long due = begin + delivery.index * SPACING.toNanos();
                while (System.nanoTime() < due) {
                    Thread.sleep(1);
                }
                if (delivery.index == KILL_AT) {
                    redis.primary().kill();
                    killedAt = System.nanoTime();
                }
                boolean afterKill = delivery.index >= KILL_AT;
                sent.add(senders.submit(() -> {
                    if (!delivery.send(false)) {
                        unanswered.add(delivery);
                    } else if (afterKill) {
                        firstAcceptedAfterKill.compareAndSet(0, System.nanoTime());
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get(60, TimeUnit.SECONDS);
            }
            int refused = unanswered.size();
            // LINE's redelivery: the same event, marked as redelivered, until it is answered 200.
            int redeliveries = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!unanswered.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                for (Delivery delivery : List.copyOf(unanswered)) {
                    redeliveries++;
                    if (delivery.send(true)) {
                        unanswered.remove(delivery);
                    }
                }
            }
            assertThat(unanswered).as("events LINE could never deliver").isEmpty();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> deliveries.stream().allMatch(delivery -> answers(delivery) > 0));
            Thread.sleep(3000);
            long lost = deliveries.stream().filter(delivery -> answers(delivery) == 0).count();
            long twice = deliveries.stream().filter(delivery -> answers(delivery) > 1).count();
            log.info("Webhook failover: {} events, {} refused with 503 or unreachable around the failover, {} "
                    + "redeliveries, {} lost, {} answered twice; events were accepted again {} s after the primary "
                    + "was killed (after event {})", EVENTS, refused, redeliveries, lost, twice,
                    "%.2f".formatted((firstAcceptedAfterKill.get() - killedAt) / 1e9), KILL_AT);
            assertThat(lost).as("events answered 200 whose citizen never got an answer").isZero();
            assertThat(twice).as("citizens answered twice").isZero();
            assertThat(firstAcceptedAfterKill.get()).as("an event sent after the kill was accepted").isPositive();
        } finally {
            senders.shutdownNow();
        }
    }

    /** Replies with this event's token plus pushes to its citizen. */
    private static long answers(Delivery delivery) {
        long replies = line.requests(LineApiMock.REPLY).stream().map(LoggedRequest::getBodyAsString)
                .map(REPLY_TOKEN::matcher).filter(Matcher::find)
                .filter(matcher -> matcher.group(1).equals(delivery.replyToken)).count();
        return replies + line.pushesTo(delivery.userId).size();
    }

    /** One citizen's one message, as LINE would deliver (and redeliver) it. */
    private static final class Delivery {

        final int index;
        final String userId;
        final String eventId = LineWebhookRequests.newId();
        final String replyToken = LineWebhookRequests.newId();
        final long timestamp = System.currentTimeMillis();

        Delivery(int index) {
            this.index = index;
            this.userId = "U%032d".formatted(index);
        }

        /** Whether LINE was answered 200. */
        boolean send(boolean redelivery) {
            byte[] body = LineWebhookRequests.batch(LineWebhookRequests.text(userId, "こんにちは", timestamp, eventId,
                    replyToken, "active", redelivery)).getBytes(StandardCharsets.UTF_8);
            try {
                return bot.post("/callback", body, LineWebhookRequests.sign(KyodoIntegrationTest.CHANNEL_SECRET, body))
                        .statusCode() == 200;
            } catch (RuntimeException unreachable) {
                return false;
            }
        }
    }
}

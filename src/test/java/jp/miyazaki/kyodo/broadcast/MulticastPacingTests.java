package jp.miyazaki.kyodo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/** Multicasts from several threads (standing in for several instances) share one pace through Redis. */
class MulticastPacingTests {

    @Test
    void spreadsTurnsEvenlyAtTheConfiguredRateAcrossThreads() throws Exception {
        MulticastPacing pacing = new MulticastPacing(RedisClients.template(RedisTestServer.shared()),
                RedisClients.settings("pacing-test-" + System.nanoTime() + ":"),
                new BroadcastProperties(500, 200, 4, Duration.ofSeconds(1), Duration.ofSeconds(30)));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<Callable<Long>> turns = new ArrayList<>();
        for (int n = 0; n < 101; n++) {
            turns.add(() -> {
                pacing.awaitTurn();
                return System.nanoTime();
            });
        }

        long start = System.nanoTime();
        List<Long> at = new ArrayList<>();
        for (var turn : threads.invokeAll(turns)) {
            at.add(turn.get());
        }
        threads.shutdown();

        long lastMillis = (at.stream().mapToLong(Long::longValue).max().orElseThrow() - start) / 1_000_000;
        assertThat(lastMillis).as("101 turns at 200/s take at least 100 × 5 ms").isGreaterThanOrEqualTo(495);
        assertThat(lastMillis).as("but not much longer").isLessThan(1_500);
    }
}

package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.NoticesOnATopology;
import jp.miyazaki.kyodo.testsupport.RedisProcess;
import jp.miyazaki.kyodo.testsupport.RunningBot;
import jp.miyazaki.kyodo.testsupport.SimulatedCitizen;
import jp.miyazaki.kyodo.testsupport.TestReminders;

/**
 * The bot on Redis Sentinel, configured only by Spring Boot's own SPRING_DATA_REDIS_SENTINEL_* variables: a
 * primary, a replica and three sentinels (quorum 2), all real redis-server processes. A citizen signs up; then the
 * primary is killed, the sentinels promote the replica, and the bot answers again on the new primary with the
 * sign-up still there. A follower of notices gets a broadcast and a reminder (before or after the failover).
 */
class SentinelFailoverIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(SentinelFailoverIntegrationTests.class);
    private static final String MASTER = "kyodo";

    @TempDir
    static Path dir;

    private static LineApiMock line;
    private static RedisProcess primary;
    private static RedisProcess replica;
    private static List<RedisProcess> sentinels;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
        primary = RedisProcess.server(dir);
        replica = RedisProcess.server(dir, "--replicaof", "127.0.0.1", String.valueOf(primary.port()));
        sentinels = Stream.generate(() -> RedisProcess.sentinel(dir, MASTER, primary.port(), 2)).limit(3).toList();
        await().atMost(Duration.ofSeconds(20)).until(() -> sentinels.stream().allMatch(sentinel ->
                sentinel.callSentinel(commands -> commands.master(MASTER))
                        .entrySet().stream().filter(e -> e.getKey().equals("num-other-sentinels")
                                || e.getKey().equals("num-slaves"))
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.toSet())
                        .containsAll(List.of("num-other-sentinels=2", "num-slaves=1"))));
        String nodes = sentinels.stream().map(RedisProcess::address).collect(Collectors.joining(","));
        TestReminders.DUE.clear();
        bot = RunningBot.start(Map.of("SPRING_DATA_REDIS_SENTINEL_MASTER", MASTER,
                "SPRING_DATA_REDIS_SENTINEL_NODES", nodes), line, new Class<?>[] {TestReminders.class},
                "--kyodo.reminders.interval=100ms");
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        Stream.concat(sentinels.stream(), Stream.of(replica, primary)).forEach(RedisProcess::close);
        line.close();
    }

    @Test
    void aCitizenSignsUpAndTheBotKeepsWorkingWhenThePrimaryDies() {
        SimulatedCitizen.offerActivity(bot, "opp-sentinel", "田野の森の間伐体験", 10);
        SimulatedCitizen first = new SimulatedCitizen(bot, "U0000000000000000000000000sentinel1");
        assertThat(first.signsUpFor("opp-sentinel").body()).contains(SimulatedCitizen.ACCEPTED);
        assertThat(primary.<Long>call(commands -> commands.dbsize())).isPositive();
        // Replication is asynchronous; this test is about the client following the failover, not about WAIT.
        assertThat(primary.<Long>call(commands -> commands.waitForReplication(1, 2000))).isEqualTo(1L);

        long killed = System.nanoTime();
        primary.kill();

        SimulatedCitizen second = new SimulatedCitizen(bot, "U0000000000000000000000000sentinel2");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> second.says("こんにちは").statusCode() == 200);
        double recovered = (System.nanoTime() - killed) / 1e9;
        log.info("Sentinel failover: the bot answered again {} s after the primary was killed", recovered);

        assertThat(((InetSocketAddress) sentinels.get(0).callSentinel(commands -> commands.getMasterAddrByName(MASTER))).getPort())
                .isEqualTo(replica.port());
        assertThat(second.signsUpFor("opp-sentinel").body()).contains(SimulatedCitizen.ACCEPTED);
        HttpResponse<String> mine = first.says("申し込み状況は？");
        assertThat(mine.body()).contains("田野の森の間伐体験");
        assertThat(bot.send("GET", "/actuator/health", new byte[0], "").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aFollowerOfNoticesGetsABroadcastAndAReminderOnSentinel() throws InterruptedException {
        NoticesOnATopology.aBroadcastAndAReminderReach(bot, line, "U0000000000000000000000000sentinel3");
    }
}

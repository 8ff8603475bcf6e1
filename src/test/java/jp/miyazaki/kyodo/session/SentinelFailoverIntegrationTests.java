package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
import jp.miyazaki.kyodo.testsupport.SentinelSet;
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
    private static final String MASTER = SentinelSet.MASTER;

    @TempDir
    static Path dir;

    private static LineApiMock line;
    private static SentinelSet redis;
    private static RedisProcess primary;
    private static RedisProcess replica;
    private static List<RedisProcess> sentinels;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
        redis = SentinelSet.start(dir);
        primary = redis.primary();
        replica = redis.replica();
        sentinels = redis.sentinels();
        TestReminders.DUE.clear();
        bot = RunningBot.start(redis.variables(), line, new Class<?>[] {TestReminders.class},
                "--kyodo.reminders.interval=100ms");
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

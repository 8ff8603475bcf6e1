package jp.miyazaki.kyodo.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import jp.miyazaki.kyodo.testsupport.NoticesOnATopology;
import jp.miyazaki.kyodo.testsupport.RedisProcess;
import jp.miyazaki.kyodo.testsupport.RunningBot;
import jp.miyazaki.kyodo.testsupport.SimulatedCitizen;
import jp.miyazaki.kyodo.testsupport.TestReminders;

/**
 * The bot on a Redis Cluster of three masters (real redis-server processes, slots split by the test), configured
 * only by Spring Boot's SPRING_DATA_REDIS_CLUSTER_NODES: a citizen on LINE is answered through the event inbox, a
 * citizen signs up for an activity, sees the sign-up and erases their data (a SCAN over every master), and a
 * follower of notices gets a broadcast, and staff sign in (the first admin's account and the sign-in throttle are
 * scripts too). Each needs
 * every key a script touches to be in one hash slot, and no MULTI/WATCH (Spring Data refuses them on a cluster).
 */
class ClusterIntegrationTests {

    private static final int SLOTS = 16384;
    private static final String ADMIN = "cluster-admin";
    private static final String ADMIN_PASSWORD = "Hyuga-natsu-mikan-2026";

    @TempDir
    static Path dir;

    private static LineApiMock line;
    private static List<RedisProcess> masters;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
        masters = Stream.generate(() -> RedisProcess.server(dir, "--cluster-enabled", "yes",
                "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000")).limit(3).toList();
        for (int n = 0; n < masters.size(); n++) {
            int[] slots = IntStream.range(n * SLOTS / masters.size(), (n + 1) * SLOTS / masters.size()).toArray();
            masters.get(n).call(commands -> commands.clusterAddSlots(slots));
            int first = masters.get(0).port();
            masters.get(n).call(commands -> commands.clusterMeet("127.0.0.1", first));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> masters.stream()
                .allMatch(master -> master.call(commands -> commands.clusterInfo()).contains("cluster_state:ok")));
        String nodes = masters.stream().map(RedisProcess::address).collect(Collectors.joining(","));
        TestReminders.DUE.clear();
        bot = RunningBot.start(Map.of("SPRING_DATA_REDIS_CLUSTER_NODES", nodes, "KYODO_ADMIN_USERNAME", ADMIN,
                "KYODO_ADMIN_PASSWORD", ADMIN_PASSWORD), line, new Class<?>[] {TestReminders.class},
                "--kyodo.reminders.interval=100ms");
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
        masters.forEach(RedisProcess::close);
        line.close();
    }

    @Test
    void aCitizenOnLineIsAnsweredThroughTheInbox() {
        String body = LineWebhookRequests.batch(LineWebhookRequests.text("U00000000000000000000000000cluster2",
                "こんにちは", System.currentTimeMillis()));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThat(bot.post("/callback", bytes, LineWebhookRequests.sign(KyodoIntegrationTest.CHANNEL_SECRET, bytes))
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !line.requests(LineApiMock.REPLY).isEmpty());
    }

    @Test
    void aFollowerOfNoticesGetsABroadcastAndAReminder() throws InterruptedException {
        NoticesOnATopology.aBroadcastAndAReminderReach(bot, line, "U00000000000000000000000000cluster3");
        assertThat(new SimulatedCitizen(bot, "U00000000000000000000000000cluster3").says("ぴよぴよぽん").statusCode())
                .as("an utterance for the unanswered log").isEqualTo(200);
    }

    @Test
    void aCitizenSignsUpOnACluster() {
        SimulatedCitizen.offerActivity(bot, "opp-cluster", "田野の森の間伐体験", 10);
        SimulatedCitizen citizen = new SimulatedCitizen(bot, "U00000000000000000000000000cluster1");

        assertThat(citizen.says("こんにちは").statusCode()).isEqualTo(200);
        assertThat(citizen.signsUpFor("opp-cluster").body()).contains(SimulatedCitizen.ACCEPTED);
        assertThat(citizen.says("申し込み状況は？").body()).contains("田野の森の間伐体験");
        assertThat(masters).allSatisfy(master -> assertThat(master.<Long>call(commands -> commands.dbsize()))
                .as("keys spread over every master").isPositive());
        assertThat(bot.send("GET", "/actuator/health", new byte[0], "").body()).contains("\"status\":\"UP\"");

        assertThat(citizen.says("私のデータを全部消して").body()).contains("すべて削除します");
        assertThat(citizen.says("はい").body()).contains("すべて削除しました");
        assertThat(masters).allSatisfy(master -> assertThat(master.<List<String>>call(commands -> commands.keys("*cluster1*")))
                .as("keys of the erased citizen on " + master.address()).isEmpty());
    }

    @Test
    void theFirstAdminIsCreatedAndSignInsAreThrottledOnACluster() {
        String right = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String wrong = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((ADMIN + ":not-the-password").getBytes(StandardCharsets.UTF_8));

        assertThat(bot.send("GET", "/api/admin/staff", new byte[0], right).body()).contains(ADMIN);
        assertThat(bot.send("GET", "/api/admin/staff", new byte[0], wrong).statusCode())
                .as("a wrong password is counted by the throttle's script, not a server error").isEqualTo(401);
        assertThat(bot.send("GET", "/api/admin/staff", new byte[0], right).statusCode()).isEqualTo(200);
    }
}

package jp.miyazaki.kyodo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.TestReminders;

/**
 * Two app instances on one Redis, both running the reminder schedule every 100 ms: each reminder is pushed
 * once, a citizen who unfollowed gets none, and a non-urgent reminder due in quiet hours waits until 8:00 while
 * an urgent one goes out at once.
 */
class RemindersTwoInstancesIntegrationTests {

    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final List<Reminder> REMINDERS = TestReminders.DUE;

    private static LineApiMock line;
    private static RedisTestServer redis;
    private static final List<ConfigurableApplicationContext> INSTANCES = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void twoInstances() {
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        REMINDERS.clear();
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        StringRedisTemplate data = RedisClients.template(redis);
        data.opsForHash().put("kyodo:user:" + user(4), "active", "false");
        for (int n = 1; n <= 4; n++) {
            REMINDERS.add(reminder("grant:G" + n + ":3d", n, BroadcastTestConfiguration.NOON_JST.minusSeconds(3_600),
                    false));
        }
        INSTANCES.add(start());
        INSTANCES.add(start());
    }

    @AfterAll
    static void stopThem() {
        INSTANCES.forEach(ConfigurableApplicationContext::close);
        redis.stop();
        line.close();
    }

    @Test
    void eachReminderIsPushedOnceAndQuietHoursAreRespected() throws Exception {
        // The four reminders due an hour before noon were in place before the instances started.
        await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() >= 3);
        Thread.sleep(600);
        assertThat(recipients()).containsExactlyInAnyOrder(user(1), user(2), user(3));

        REMINDERS.add(reminder("event:E5:day-before", 5, Instant.parse("2026-12-01T13:00:00Z"), false));
        REMINDERS.add(reminder("consultation:C6", 6, Instant.parse("2026-12-01T13:10:00Z"), true));
        BroadcastTestConfiguration.CLOCK.set(Instant.parse("2026-12-01T13:30:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() >= 4);
        Thread.sleep(600);
        assertThat(recipients()).as("at 22:30 only the urgent one")
                .containsExactlyInAnyOrder(user(1), user(2), user(3), user(6));

        BroadcastTestConfiguration.CLOCK.set(Instant.parse("2026-12-01T23:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> pushes().size() >= 5);
        Thread.sleep(600);
        assertThat(recipients()).as("at 8:00 the one that waited")
                .containsExactlyInAnyOrder(user(1), user(2), user(3), user(6), user(5));
        assertThat(pushes().stream().map(push -> push.getHeader("X-Line-Retry-Key")).distinct()).hasSize(5);
        assertThat(line.violations()).isEmpty();
    }

    private static Reminder reminder(String id, int user, Instant dueAt, boolean urgent) {
        return new Reminder(id + ":" + user(user), user(user),
                Reply.of(new Reply.Text("「地域づくり補助金」の締め切りまであと3日です。")), dueAt, urgent);
    }

    private static String user(int n) {
        return String.format("U%032x", n);
    }

    private List<LoggedRequest> pushes() {
        return line.requests(LineApiMock.PUSH);
    }

    private List<String> recipients() {
        return pushes().stream().map(push -> json.readTree(push.getBodyAsString()).get("to").asString()).toList();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KyodoBotApplication.class, BroadcastTestConfiguration.class,
                TestReminders.class).run(
                "--server.port=0",
                "--spring.data.redis.url=" + redis.url(),
                "--kyodo.line.channel-secret=" + SECRET,
                "--kyodo.line.channel-token=reminder-test-token",
                "--kyodo.line.api-endpoint=" + line.baseUrl(),
                "--kyodo.reminders.interval=100ms");
    }
}

package jp.miyazaki.kyodo.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.KyodoBotApplication;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineRetryKeys;
import jp.miyazaki.kyodo.testsupport.RedisClients;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;

/**
 * An instance stops in the middle of a broadcast, with a batch in flight whose outcome it never learns; two
 * fresh instances on the same Redis resume the job. WireMock remembers retry keys as LINE does (409 for a key
 * already accepted), and across every request LINE accepted each recipient appears exactly once.
 */
class BroadcastResumeIntegrationTests {

    private static final String SECRET = "8c570fa6dd201bb328f1c1eac23a96d8";
    private static final String PASSWORD = "resume test password";

    private final JsonMapper json = JsonMapper.builder().build();
    private LineApiMock line;
    private RedisTestServer redis;
    private StringRedisTemplate data;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void lineAndRedis() {
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        data = RedisClients.template(redis);
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
    }

    @AfterEach
    void stopEverything() {
        instances.forEach(ConfigurableApplicationContext::close);
        redis.stop();
        line.close();
    }

    @Test
    void aBroadcastCutOffMidwayIsResumedAndReachesEachRecipientExactlyOnce() {
        List<String> audience = BroadcastIntegrationTests.users(7, 2_400);
        RedisAudience.subscribe(data, "kyodo:", audience, "environment", "aoshima");
        LineRetryKeys lineMemory = line.rememberRetryKeys(LineApiMock.MULTICAST);
        lineMemory.holdFrom(3, Duration.ofSeconds(6));

        ConfigurableApplicationContext first = start();
        first.getBean(StaffAccounts.class).create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        String id = json.readTree(AdminApi.basic(port(first), "hinata", PASSWORD).post("/api/admin/broadcasts",
                "{\"text\": \"海岸清掃のお知らせです。\", \"segment\": {\"categories\": [\"environment\"]}}").body())
                .get("id").asString();
        await().atMost(Duration.ofSeconds(20)).until(() -> lineMemory.requests() >= 3);
        first.close();
        instances.remove(first);

        assertThat(data.opsForHash().get("kyodo:{broadcast}:" + id, "status")).isEqualTo("sending");
        assertThat(data.opsForHash().get("kyodo:{broadcast}:" + id + ":batch:2", "state")).isEqualTo("pending");
        lineMemory.release();
        ConfigurableApplicationContext second = start();
        start();

        BroadcastJobs jobs = second.getBean(BroadcastJobs.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(id).orElseThrow().status()
                == BroadcastStatus.DONE);
        await().atMost(Duration.ofSeconds(10)).until(() -> multicasts().size() == lineMemory.requests()
                && multicasts().stream().allMatch(event -> event.getResponse().getStatus() > 0));

        List<String> accepted = multicasts().stream().filter(event -> event.getResponse().getStatus() == 200)
                .flatMap(event -> recipients(event).stream()).toList();
        List<ServeEvent> refusedAsDuplicates = multicasts().stream()
                .filter(event -> event.getResponse().getStatus() == 409).toList();
        assertThat(accepted).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(audience);
        assertThat(refusedAsDuplicates).as("the batch in flight at the cut, sent again under its key").hasSize(1);
        Broadcast done = jobs.find(id).orElseThrow();
        assertThat(done.sent()).isEqualTo(2_400);
        assertThat(done.failed()).isZero();
        assertThat(done.batches()).isEqualTo(5);
        assertThat(line.violations()).isEmpty();
    }

    private List<ServeEvent> multicasts() {
        return line.server().getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith(LineApiMock.MULTICAST))
                .filter(event -> Objects.nonNull(event.getResponse()))
                .toList();
    }

    private List<String> recipients(ServeEvent event) {
        List<String> to = new ArrayList<>();
        json.readTree(event.getRequest().getBodyAsString()).get("to").forEach(node -> to.add(node.asString()));
        return to;
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(KyodoBotApplication.class,
                BroadcastTestConfiguration.class).run(
                "--server.port=0",
                "--spring.data.redis.url=" + redis.url(),
                "--kyodo.line.channel-secret=" + SECRET,
                "--kyodo.line.channel-token=resume-test-token",
                "--kyodo.line.api-endpoint=" + line.baseUrl(),
                "--kyodo.line.retry.initial-backoff=10ms",
                "--kyodo.line.retry.max-backoff=40ms",
                "--kyodo.broadcast.parallel-requests=1",
                "--kyodo.broadcast.poll-interval=100ms",
                "--kyodo.broadcast.lock-lease=2s");
        instances.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}

package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;

/**
 * Redis goes away under the staff side: the admin API (Basic or token) answers 503 problem JSON with
 * {@code Retry-After}, the console a 503 page with {@code Retry-After}, never a 500 — and once Redis is back, the
 * staff side works again. (This bot runs with a LINE channel and no {@code KYODO_METRICS_TOKEN}, so it also shows
 * that Prometheus's endpoint is then closed.)
 */
class StaffRedisOutageIntegrationTests {

    private static final String PASSWORD = "outage staff password 3";

    private static LineApiMock line;
    private static RedisTestServer redis;
    private static RunningBot bot;

    @BeforeAll
    static void start() {
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        bot = RunningBot.start(redis, line, "--spring.data.redis.timeout=500ms");
    }

    @AfterAll
    static void stop() {
        bot.close();
        redis.stop();
        line.close();
    }

    @Test
    void prometheusIsClosedWithoutAScrapeTokenInProduction() {
        assertThat(bot.send("GET", "/actuator/prometheus", new byte[0], "Bearer anything").statusCode())
                .isEqualTo(401);
    }

    @Test
    void theStaffSideAnswers503WithRetryAfterWhileRedisIsDown() {
        bot.bean(StaffAccounts.class).create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        String token = bot.bean(StaffTokens.class).issue("hinata", Instant.now()).token();
        ConsoleSession console = ConsoleSession.signedIn(bot.port(), "hinata", PASSWORD);
        String basic = "Basic " + Base64.getEncoder().encodeToString(("hinata:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        redis.stop();
        try {
            for (String authorization : new String[] {basic, "Bearer " + token}) {
                HttpResponse<String> api = bot.send("GET", "/api/admin/audit", new byte[0], authorization);

                assertThat(api.statusCode()).as(authorization.split(" ")[0]).isEqualTo(503);
                assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                assertThat(api.body()).contains("\"status\":503");
            }
            for (HttpResponse<String> page : new HttpResponse[] {console.get("/admin"),
                    new ConsoleSession(bot.port()).get("/admin/login")}) {
                assertThat(page.statusCode()).as(page.uri().getPath()).isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(page.body()).contains("しばらくしてから");
            }
        } finally {
            redis.restart();
        }

        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
            bot.bean(StaffAccounts.class).create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
            assertThat(bot.send("GET", "/api/admin/audit", new byte[0], basic).statusCode()).as("Redis is back")
                    .isEqualTo(200);
        });
    }
}

package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisCallback;

import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;

/**
 * Two instances on one Redis, as behind a load balancer: a staff member signed in on one is served by the other,
 * because the console's session lives in Redis under the bot's key prefix.
 */
class ConsoleSessionsIntegrationTests {

    private static final String ADMIN_PASSWORD = "sessions admin password 1";
    private static final String STAFF_PASSWORD = "sessions staff password 2";

    private static LineApiMock line;
    private static RedisTestServer redis;
    private static RunningBot instanceA;
    private static RunningBot instanceB;

    @BeforeAll
    static void startTwoInstances() {
        line = LineApiMock.start();
        redis = RedisTestServer.start();
        instanceA = RunningBot.start(redis, line);
        instanceB = RunningBot.start(redis, line);
    }

    @AfterAll
    static void stopThem() {
        instanceA.close();
        instanceB.close();
        redis.stop();
        line.close();
    }

    @BeforeEach
    void anAdminAndAStaffMember() {
        instanceA.redis().execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });
        StaffAccounts accounts = instanceA.bean(StaffAccounts.class);
        accounts.create("aoi", ADMIN_PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        accounts.create("hinata", STAFF_PASSWORD, StaffRole.STAFF, "test", Instant.now());
    }

    @Test
    void aStaffMemberSignedInOnOneInstanceIsServedByTheOther() {
        ConsoleSession onA = ConsoleSession.signedIn(instanceA.port(), "hinata", STAFF_PASSWORD);
        ConsoleSession onB = onA.on(instanceB.port());

        HttpResponse<String> home = onB.get("/admin");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("hinata さん");
        assertThat(instanceA.redis().keys("kyodo:console:sessions:*")).hasSize(1);
        HttpResponse<String> logout = onB.postForm("/admin/logout",
                Map.of("_csrf", ConsoleSession.csrf(home.body())));
        assertThat(logout.statusCode()).as("the CSRF token of the shared session").isEqualTo(302);
        assertThat(onA.get("/admin").statusCode()).as("signed out on B, so also on A").isEqualTo(302);
    }
}

package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

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
 * because the console's session lives in Redis under the bot's key prefix; and every request re-checks the
 * account, so deleting it or changing its role ends its sessions and tokens at once, on every instance.
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

    @Test
    void aDeletedAccountIsThrownOutOfTheConsoleAndTheApiAtOnce() {
        ConsoleSession hinata = ConsoleSession.signedIn(instanceA.port(), "hinata", STAFF_PASSWORD);
        String token = issueToken("hinata");
        String page = hinata.get("/admin/grants/new").body();
        Set<String> signedInSessions = instanceA.redis().keys("kyodo:console:sessions:*");
        assertThat(signedInSessions).hasSize(1);
        assertThat(bearer(instanceA, token, "/api/admin/audit").statusCode()).isEqualTo(200);

        assertThat(admin(instanceB, "DELETE", "/api/admin/staff/hinata", "").statusCode()).isEqualTo(204);

        HttpResponse<String> home = hinata.get("/admin");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/login"));
        HttpResponse<String> grant = hinata.postForm("/admin/grants", Map.of("_csrf", ConsoleSession.csrf(page),
                "title", "削除後の助成金"));
        assertThat(grant.statusCode()).as("a form posted from the old session").isIn(302, 403);
        assertThat(grant.headers().firstValue("Location").orElse("")).doesNotEndWith("/admin/grants");
        assertThat(instanceA.redis().keys("kyodo:console:sessions:*")).as("the session itself is gone")
                .doesNotContainAnyElementsOf(signedInSessions);
        assertThat(bearer(instanceB, token, "/api/admin/audit").statusCode()).isEqualTo(401);
    }

    @Test
    void aLoweredRoleLosesAdminRightsAtOnce() {
        StaffAccounts accounts = instanceA.bean(StaffAccounts.class);
        accounts.create("ren", ADMIN_PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        ConsoleSession ren = ConsoleSession.signedIn(instanceA.port(), "ren", ADMIN_PASSWORD);
        String token = issueToken("ren");
        assertThat(ren.get("/admin/staff").statusCode()).isEqualTo(200);

        HttpResponse<String> lowered = admin(instanceB, "PUT", "/api/admin/staff/ren/role", "{\"role\": \"staff\"}");

        assertThat(lowered.statusCode()).isEqualTo(200);
        assertThat(lowered.body()).contains("\"role\":\"staff\"");
        assertThat(ren.on(instanceB.port()).get("/admin/staff").headers().firstValue("Location"))
                .as("the admin session ended").hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login"));
        assertThat(bearer(instanceA, token, "/api/admin/audit").statusCode()).as("its token is revoked").isEqualTo(401);
        ConsoleSession renAgain = ConsoleSession.signedIn(instanceB.port(), "ren", ADMIN_PASSWORD);
        assertThat(renAgain.get("/admin/staff").statusCode()).as("signed in again, as staff").isEqualTo(403);
        assertThat(basic(instanceA, "ren", ADMIN_PASSWORD, "GET", "/api/admin/staff", "").statusCode()).isEqualTo(403);
        assertThat(instanceA.bean(AuditLog.class).latest(1).get(0).action()).isEqualTo("staff.role");
    }

    @Test
    void afterRedisLostItsDataAnOldSessionHoldsNoAdminRights() {
        ConsoleSession aoi = ConsoleSession.signedIn(instanceA.port(), "aoi", ADMIN_PASSWORD);
        String page = aoi.get("/admin/staff").body();

        instanceA.redis().execute((RedisCallback<Object>) connection -> {
            connection.serverCommands().flushAll();
            return null;
        });

        HttpResponse<String> created = aoi.on(instanceB.port()).postForm("/admin/staff", Map.of("_csrf",
                ConsoleSession.csrf(page), "username", "mallory", "password", "mallory password 12345",
                "role", "admin", "department", "市民活動推進課"));
        assertThat(created.headers().firstValue("Location").orElse("")).doesNotEndWith("/admin/staff");
        assertThat(instanceA.bean(StaffAccounts.class).find("mallory")).isEmpty();
        assertThat(aoi.get("/admin").statusCode()).isEqualTo(302);
    }

    private static String issueToken(String username) {
        HttpResponse<String> issued = admin(instanceA, "POST", "/api/admin/staff/" + username + "/tokens", "");
        assertThat(issued.statusCode()).isEqualTo(201);
        return issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> admin(RunningBot instance, String method, String path, String body) {
        return basic(instance, "aoi", ADMIN_PASSWORD, method, path, body);
    }

    private static HttpResponse<String> basic(RunningBot instance, String username, String password, String method,
            String path, String body) {
        return instance.send(method, path, body.getBytes(StandardCharsets.UTF_8), "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> bearer(RunningBot instance, String token, String path) {
        return instance.send("GET", path, new byte[0], "Bearer " + token);
    }
}

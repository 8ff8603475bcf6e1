package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.RedisTestServer;
import jp.miyazaki.kyodo.testsupport.RunningBot;

/**
 * The bot behind a TLS proxy on loopback (a trusted proxy by default): the sign-in throttle counts the client's
 * address from {@code X-Forwarded-For}, so guessing from one address never locks out another; cookies are
 * {@code Secure} under {@code X-Forwarded-Proto: https} and always {@code SameSite=Lax}; redirects keep https; console
 * pages carry a Content-Security-Policy. From a peer that is not a trusted proxy the forwarded headers count for
 * nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"kyodo.admin.login-throttling.base-delay=2s",
        "kyodo.admin.login-throttling.max-delay=2s"})
class ProxyInFrontIntegrationTests extends KyodoIntegrationTest {

    private static final String ADMIN_PASSWORD = "proxy admin password 1";
    private static final String WRONG_PASSWORD = "wrong-guess-7fd2";
    private static final String ADDRESS_X = "203.0.113.7";
    private static final String ADDRESS_Y = "198.51.100.9";

    @Autowired
    private StaffAccounts accounts;

    @BeforeEach
    void anAdmin() {
        accounts.create("aoi", ADMIN_PASSWORD, StaffRole.ADMIN, "test", Instant.now());
    }

    @Test
    void aLockoutAtOneAddressNeverBlocksAnotherAndEndsWhenItsTimeIsUp(CapturedOutput output) {
        for (int attempt = 1; attempt <= 25; attempt++) {
            String name = attempt <= 6 ? "aoi" : "nobody" + attempt;
            assertThat(signIn(port, ADDRESS_X, name, WRONG_PASSWORD).statusCode()).isIn(401, 429);
        }

        HttpResponse<String> lockedAtX = signIn(port, ADDRESS_X, "aoi", ADMIN_PASSWORD);
        HttpResponse<String> fromY = signIn(port, ADDRESS_Y, "aoi", ADMIN_PASSWORD);

        assertThat(lockedAtX.statusCode()).isEqualTo(429);
        assertThat(lockedAtX.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 2L));
        assertThat(fromY.statusCode()).as("the right password from another address").isEqualTo(200);
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(signIn(port, ADDRESS_X, "aoi", ADMIN_PASSWORD).statusCode())
                        .as("the lockout ends when its time is up").isEqualTo(200));
        assertThat(output.getOut()).contains("failed sign-in for staff account u-")
                .containsPattern("sign-ins for staff account u-\\w+ from u-\\w+ locked for")
                .containsPattern("sign-ins from u-\\w+ locked for")
                .doesNotContain(WRONG_PASSWORD).doesNotContain(ADDRESS_X).doesNotContain("account aoi");
    }

    @Test
    void behindHttpsCookiesAreSecureAndLaxRedirectsStayHttpsAndPagesCarryAPolicy() {
        ConsoleSession throughProxy = new ConsoleSession(port).withHeaders(Map.of("X-Forwarded-Proto", "https",
                "X-Forwarded-For", ADDRESS_Y, "X-Forwarded-Host", "kyodo.example.jp"));

        HttpResponse<String> login = throughProxy.get("/admin/login");
        HttpResponse<String> home = throughProxy.get("/admin");

        assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONSOLE_CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe-eval");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("https://kyodo.example.jp/admin/login");

        HttpResponse<String> plain = new ConsoleSession(port).get("/admin/login");
        assertThat(sessionCookie(plain)).contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void forwardedHeadersFromAPeerThatIsNotATrustedProxyCountForNothing() {
        try (RunningBot direct = RunningBot.start(RedisTestServer.shared(), LINE,
                "--server.tomcat.remoteip.internal-proxies=192.0.2.1/32",
                "--kyodo.admin.login-throttling.base-delay=30s")) {
            for (int attempt = 1; attempt <= 21; attempt++) {
                signIn(direct.port(), "203.0.113." + attempt, "nobody" + attempt, WRONG_PASSWORD);
            }

            assertThat(signIn(direct.port(), ADDRESS_Y, "aoi", ADMIN_PASSWORD).statusCode())
                    .as("all those attempts came from the peer itself").isEqualTo(429);
            HttpResponse<String> login = new ConsoleSession(direct.port())
                    .withHeaders(Map.of("X-Forwarded-Proto", "https")).get("/admin/login");
            assertThat(sessionCookie(login)).doesNotContain("Secure");
        }
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    /** An admin API call with HTTP Basic, as relayed by the proxy for a client at {@code address}. */
    private static HttpResponse<String> signIn(int port, String address, String username, String password) {
        return AdminApi.basic(port, username, password)
                .withHeaders(Map.of("X-Forwarded-For", address, "X-Forwarded-Proto", "https")).get("/api/admin/audit");
    }
}

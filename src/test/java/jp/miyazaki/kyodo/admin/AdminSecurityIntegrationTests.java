package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * Who may use the staff side: nothing under {@code /api/admin} or {@code /admin} answers without signing in,
 * roles are enforced, Basic, tokens and the console's form login with CSRF work, guessing is slowed down, and
 * every change lands in the audit log.
 */
@Import(BroadcastTestConfiguration.class)
@TestPropertySource(properties = {"kyodo.broadcast.poll-interval=100ms", "kyodo.broadcast.lock-lease=3s",
        "kyodo.admin.login-throttling.base-delay=30s"})
class AdminSecurityIntegrationTests extends KyodoIntegrationTest {

    private static final String ADMIN_PASSWORD = "admin password 123";
    private static final String STAFF_PASSWORD = "staff password 456";

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private JsonMapper json;

    private AdminApi admin;
    private AdminApi staff;

    @BeforeEach
    void anAdminAndAStaffMember() {
        accounts.create("aoi", ADMIN_PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        accounts.create("hinata", STAFF_PASSWORD, StaffRole.STAFF, "test", Instant.now());
        admin = AdminApi.basic(port, "aoi", ADMIN_PASSWORD);
        staff = AdminApi.basic(port, "hinata", STAFF_PASSWORD);
    }

    @Test
    void theApiAnswersNothingWithoutSigningIn() {
        AdminApi anonymous = AdminApi.anonymous(port);
        for (HttpResponse<String> response : new HttpResponse[] {anonymous.get("/api/admin/staff"),
                anonymous.get("/api/admin/audit"), anonymous.get("/api/admin/broadcasts/x"),
                anonymous.post("/api/admin/broadcasts", "{\"text\": \"x\"}"), anonymous.get("/v3/api-docs")}) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Basic"));
            assertThat(read(response).get("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void theConsoleSendsStrangersToTheLoginPage() {
        HttpResponse<String> home = browser().get("/admin");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/login"));
    }

    @Test
    void theWebhookHealthAndLoginPageStayOpenWithSecurityHeaders() {
        HttpResponse<String> login = browser().get("/admin/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("ログイン");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(deliverSigned("{\"destination\":\"U0\",\"events\":[]}").statusCode()).isEqualTo(200);
        HttpResponse<String> parse = AdminApi.anonymous(port).post("/api/nlu/parse",
                "{\"text\": \"青島でボランティアを探しています\"}");
        assertThat(parse.statusCode()).as("no sign-in and no CSRF token for the NLU API").isEqualTo(200);
    }

    @Test
    void staffCannotManageStaffButCanReadTheAuditLog() {
        HttpResponse<String> list = staff.get("/api/admin/staff");
        HttpResponse<String> create = staff.post("/api/admin/staff",
                "{\"username\": \"mallory\", \"password\": \"long enough password\", \"role\": \"admin\"}");

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(read(create).get("detail").asString()).contains("role");
        assertThat(accounts.find("mallory")).isEmpty();
        assertThat(staff.get("/api/admin/audit").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminManagesStaffAndTokensAndEveryChangeIsAudited() {
        HttpResponse<String> created = admin.post("/api/admin/staff",
                "{\"username\": \"sora\", \"password\": \"a long password 789\", \"role\": \"staff\"}");
        HttpResponse<String> issued = admin.post("/api/admin/staff/sora/tokens", "");
        String token = read(issued).get("token").asString();
        AdminApi sora = AdminApi.bearer(port, token);
        HttpResponse<String> withToken = sora.get("/api/admin/audit");
        HttpResponse<String> staffList = admin.get("/api/admin/staff");
        HttpResponse<String> deleted = admin.delete("/api/admin/staff/sora");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(staffList.body()).contains("\"sora\"").doesNotContain("passwordHash").doesNotContain("bcrypt");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(sora.get("/api/admin/audit").statusCode()).as("a deleted account's token").isEqualTo(401);
        assertThat(AdminApi.basic(port, "sora", "a long password 789").get("/api/admin/audit").statusCode())
                .isEqualTo(401);
        assertThat(accounts.find("aoi").orElseThrow().passwordHash()).startsWith("{bcrypt}");

        JsonNode audit = read(admin.get("/api/admin/audit"));
        Map<String, String> actions = IntStream.range(0, audit.size()).mapToObj(audit::get).collect(
                Collectors.toMap(entry -> entry.get("action").asString(),
                        entry -> entry.get("actor").asString() + "→" + entry.get("target").asString()));
        assertThat(actions).containsEntry("staff.create", "aoi→sora").containsEntry("token.issue", "aoi→sora")
                .containsEntry("staff.delete", "aoi→sora");
        assertThat(audit.get(0).get("action").asString()).isEqualTo("staff.delete");
        assertThat(audit.get(0).get("at").asString()).isNotBlank();
        assertThat(audit.toString()).doesNotContain(token);
    }

    @Test
    void refusesAnInvalidAccountWithProblemDetailsNamingTheFields() {
        HttpResponse<String> invalid = admin.post("/api/admin/staff",
                "{\"username\": \"A!\", \"password\": \"short\", \"role\": \"root\"}");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(invalid).get("errors").toString()).contains("username").contains("password")
                .contains("role");
        assertThat(admin.delete("/api/admin/staff/aoi").statusCode()).as("deleting oneself").isEqualTo(409);
        assertThat(admin.post("/api/admin/staff", "{\"username\": \"hinata\", \"password\": "
                + "\"another long password\", \"role\": \"staff\"}").statusCode()).isEqualTo(409);
    }

    @Test
    void refusesCommonAndTriviallyWeakPasswordsInTheApiAndTheConsole() {
        for (String weak : new String[] {"Password2026!", "qwertyuiop12", "123456789012", "aaaaaaaaaaaaaa",
                "abcabcabcabc", "miyazaki 1234", "P@ssw0rd 2026", "abcdefghijklm"}) {
            HttpResponse<String> refused = admin.post("/api/admin/staff",
                    "{\"username\": \"sora\", \"password\": \"" + weak + "\", \"role\": \"staff\"}");
            assertThat(refused.statusCode()).as(weak).isEqualTo(400);
            assertThat(read(refused).get("errors").toString()).as(weak).contains("password")
                    .contains("easily guessed");
        }
        assertThat(accounts.find("sora")).isEmpty();
        assertThat(admin.post("/api/admin/staff", "{\"username\": \"sora\", \"password\": "
                + "\"tide pools at aoshima 7\", \"role\": \"staff\"}").statusCode()).isEqualTo(201);

        ConsoleSession console = ConsoleSession.signedIn(port, "aoi", ADMIN_PASSWORD);
        HttpResponse<String> form = console.postForm("/admin/staff", Map.of("_csrf",
                ConsoleSession.csrf(console.get("/admin/staff").body()), "username", "midori", "password",
                "welcome12345", "role", "staff", "department", "市民活動推進課"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("よく使われるパスワードや推測しやすいパスワードは使えません");
        assertThat(accounts.find("midori")).isEmpty();
    }

    @Test
    void prometheusScrapesOnlyWithTheScrapeToken() {
        HttpResponse<String> anonymous = get("/actuator/prometheus");
        HttpResponse<String> wrong = get("/actuator/prometheus", "Bearer not-the-scrape-token");
        HttpResponse<String> staffPassword = get("/actuator/prometheus", "Basic " + Base64.getEncoder()
                .encodeToString(("aoi:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> scraper = get("/actuator/prometheus", "Bearer " + METRICS_TOKEN);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(anonymous.body()).doesNotContain("jvm_memory");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(staffPassword.statusCode()).isEqualTo(401);
        assertThat(scraper.statusCode()).isEqualTo(200);
        assertThat(scraper.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThat(AdminApi.bearer(port, "kyodo_not-a-real-token").get("/api/admin/audit").statusCode())
                .isEqualTo(401);
    }

    @Test
    void theConsoleSignsInWithAFormAndRequiresCsrfTokens() {
        ConsoleSession browser = browser();
        String loginPage = browser.get("/admin/login").body();

        HttpResponse<String> withoutToken = browser.postForm("/admin/login",
                Map.of("username", "hinata", "password", STAFF_PASSWORD));
        HttpResponse<String> signedIn = browser.postForm("/admin/login",
                Map.of("username", "hinata", "password", STAFF_PASSWORD, "_csrf", ConsoleSession.csrf(loginPage)));
        HttpResponse<String> home = browser.get("/admin");
        HttpResponse<String> logoutWithoutToken = browser.postForm("/admin/logout", Map.of());
        HttpResponse<String> stillIn = browser.get("/admin");
        HttpResponse<String> logout = browser.postForm("/admin/logout", Map.of("_csrf", ConsoleSession.csrf(stillIn.body())));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("ダッシュボード").contains("hinata さん");
        assertThat(logoutWithoutToken.statusCode()).isEqualTo(403);
        assertThat(stillIn.statusCode()).isEqualTo(200);
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void theConsoleRefusesAWrongPassword() {
        ConsoleSession browser = browser();
        String loginPage = browser.get("/admin/login").body();

        HttpResponse<String> refused = browser.postForm("/admin/login",
                Map.of("username", "hinata", "password", "not the password", "_csrf", ConsoleSession.csrf(loginPage)));

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/login?error"));
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void repeatedFailedLoginsForAUsernameAreSlowedDown() {
        AdminApi guessing = AdminApi.basic(port, "hinata", "wrong guess");
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(guessing.get("/api/admin/audit").statusCode()).as("attempt " + attempt).isEqualTo(401);
        }

        HttpResponse<String> rightPasswordTooSoon = staff.get("/api/admin/audit");

        assertThat(rightPasswordTooSoon.statusCode()).isEqualTo(429);
        assertThat(rightPasswordTooSoon.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 30L));
        assertThat(read(rightPasswordTooSoon).get("detail").asString()).contains("Too many failed logins");
        assertThat(admin.get("/api/admin/audit").statusCode()).as("another account").isEqualTo(200);
    }

    @Test
    void repeatedFailedLoginsFromOneAddressAreSlowedDown() {
        for (int attempt = 1; attempt <= 21; attempt++) {
            AdminApi.basic(port, "nobody" + attempt, "guess").get("/api/admin/audit");
        }

        assertThat(admin.get("/api/admin/audit").statusCode()).isEqualTo(429);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private ConsoleSession browser() {
        return new ConsoleSession(port);
    }
}

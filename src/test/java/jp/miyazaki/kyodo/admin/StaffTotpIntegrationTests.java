package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The TOTP second factor of local accounts, through the console as staff use it: an admin requires it for one
 * account or for all; at the next sign-in the password leads to the enrolment (the secret as an otpauth URI), a
 * wrong code is refused, the right one signs in; from then on every sign-in asks for a fresh code, and the
 * password alone no longer opens the API. Neither the secret nor a code reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class StaffTotpIntegrationTests extends KyodoIntegrationTest {

    private static final String ADMIN_PASSWORD = "totp admin password 1";
    private static final String STAFF_PASSWORD = "totp staff password 2";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;

    private ConsoleSession admin;

    @BeforeEach
    void anAdminAndAStaffMember() {
        accounts.create("totp-admin", ADMIN_PASSWORD, StaffRole.ADMIN, "test", Instant.now());
        accounts.create("hinata", STAFF_PASSWORD, StaffRole.STAFF, "test", Instant.now());
        admin = ConsoleSession.signedIn(port, "totp-admin", ADMIN_PASSWORD);
    }

    @Test
    void requiredByAnAdminTheStaffMemberEnrolsAtSignInAndThenAlwaysGivesACode(CapturedOutput log) {
        assertThat(adminPosts("/admin/staff/hinata/totp-required", Map.of("required", "true")).statusCode())
                .isEqualTo(302);
        assertThat(accounts.find("hinata").orElseThrow().totpRequired()).isTrue();

        ConsoleSession hinata = new ConsoleSession(port);
        assertThat(location(passwordStep(hinata, "hinata", STAFF_PASSWORD))).endsWith("/admin/login/code");
        assertThat(hinata.get("/admin").statusCode()).as("the password alone does not sign in").isEqualTo(302);
        String enrolment = hinata.get("/admin/login/code").body();
        assertThat(enrolment).contains("二段階認証の設定").contains("otpauth://totp/");
        String secret = secretIn(enrolment);
        assertThat(enrolment).contains("secret=" + secret + "&amp;issuer=");

        HttpResponse<String> wrong = submitCode(hinata, enrolment, wrongCode(secret));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("コードが違います");
        assertThat(accounts.find("hinata").orElseThrow().totpEnrolled()).isFalse();
        String code = currentCode(secret);
        assertThat(location(submitCode(hinata, wrong.body(), code))).endsWith("/admin");
        assertThat(hinata.get("/admin").statusCode()).isEqualTo(200);
        assertThat(accounts.find("hinata").orElseThrow().totpEnrolled()).isTrue();

        ConsoleSession again = new ConsoleSession(port);
        assertThat(location(passwordStep(again, "hinata", STAFF_PASSWORD))).endsWith("/admin/login/code");
        String codePage = again.get("/admin/login/code").body();
        assertThat(codePage).doesNotContain("otpauth://").doesNotContain(secret);
        HttpResponse<String> replayed = submitCode(again, codePage, code);
        assertThat(replayed.body()).as("the code used to enrol, used again").contains("コードが違います");
        assertThat(again.get("/admin").statusCode()).isEqualTo(302);
        assertThat(location(submitCode(again, replayed.body(), nextCode(secret)))).endsWith("/admin");
        assertThat(again.get("/admin").body()).contains("hinata さん");

        assertThat(AdminApi.basic(port, "hinata", STAFF_PASSWORD).get("/api/admin/audit").statusCode())
                .as("HTTP Basic is a password alone").isEqualTo(401);
        assertThat(audit.latest(20)).extracting(AuditLog.AuditEntry::action)
                .contains("totp.require", "totp.enrol");
        assertThat(log.getAll()).doesNotContain(secret).doesNotContain("code=" + code);
    }

    @Test
    void requiredForAllLocalAccountsEveryOneEnrolsAndAResetOneEnrolsAgain() {
        assertThat(adminPosts("/admin/staff/totp-required-for-all", Map.of("required", "true")).statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/staff").body()).contains("すべてのローカルアカウントで必須です");

        ConsoleSession hinata = new ConsoleSession(port);
        assertThat(location(passwordStep(hinata, "hinata", STAFF_PASSWORD))).endsWith("/admin/login/code");
        String secret = secretIn(hinata.get("/admin/login/code").body());
        assertThat(location(submitCode(hinata, hinata.get("/admin/login/code").body(), currentCode(secret))))
                .endsWith("/admin");

        assertThat(adminPosts("/admin/staff/hinata/totp-reset", Map.of()).statusCode()).isEqualTo(302);
        ConsoleSession afterReset = new ConsoleSession(port);
        passwordStep(afterReset, "hinata", STAFF_PASSWORD);
        String newEnrolment = afterReset.get("/admin/login/code").body();
        assertThat(secretIn(newEnrolment)).as("a new secret after the reset").isNotEqualTo(secret);
        assertThat(audit.latest(20)).extracting(AuditLog.AuditEntry::action)
                .contains("totp.require-all", "totp.enrol", "totp.reset");

        assertThat(adminPosts("/admin/staff/totp-required-for-all", Map.of("required", "false")).statusCode())
                .isEqualTo(302);
        ConsoleSession withoutTotp = new ConsoleSession(port);
        assertThat(location(passwordStep(withoutTotp, "hinata", STAFF_PASSWORD))).as("reset and not required")
                .endsWith("/admin");
    }

    @Test
    void withoutAProviderOrTotpStaffSignInWithTheirPasswordAsBefore() {
        assertThat(new ConsoleSession(port).get("/admin/login").body()).doesNotContain("市のIDでログイン");
        ConsoleSession.signedIn(port, "hinata", STAFF_PASSWORD);
        assertThat(AdminApi.basic(port, "hinata", STAFF_PASSWORD).get("/api/admin/audit").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> adminPosts(String path, Map<String, String> fields) {
        Map<String, String> withCsrf = new java.util.HashMap<>(fields);
        withCsrf.put("_csrf", ConsoleSession.csrf(admin.get("/admin/staff").body()));
        return admin.postForm(path, withCsrf);
    }

    private static HttpResponse<String> passwordStep(ConsoleSession browser, String username, String password) {
        return browser.postForm("/admin/login", Map.of("username", username, "password", password,
                "_csrf", ConsoleSession.csrf(browser.get("/admin/login").body())));
    }

    private static HttpResponse<String> submitCode(ConsoleSession browser, String page, String code) {
        return browser.postForm("/admin/login/code", Map.of("code", code, "_csrf", ConsoleSession.csrf(page)));
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String secretIn(String page) {
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as("the secret on the enrolment page").isTrue();
        return secret.group(1);
    }

    private static String currentCode(String secret) {
        return Totp.code(secret, Instant.now().getEpochSecond() / 30);
    }

    private static String nextCode(String secret) {
        return Totp.code(secret, Instant.now().getEpochSecond() / 30 + 1);
    }

    /** The current code with its last digit changed: wrong now (and, but for a one in a million, either side). */
    private static String wrongCode(String secret) {
        String right = currentCode(secret);
        return right.substring(0, 5) + (char) ('0' + (right.charAt(5) - '0' + 1) % 10);
    }
}

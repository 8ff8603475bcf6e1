package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.session.RedisSettings;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * 403, 404 and 500 inside the console come as Japanese pages in the console's layout (with the navigation of the
 * signed-in staff member), not the container's English page; scripts and the admin API still get problem JSON.
 */
@Import(NoonInMiyazaki.class)
class ConsoleErrorPagesTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "console error password";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private RedisSettings settings;

    private ConsoleSession staff;

    @BeforeEach
    void staffMember() {
        accounts.create("kaede", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        staff = ConsoleSession.signedIn(port, "kaede", PASSWORD);
    }

    @Test
    void aPageForAdminsOnlyIsAJapanese403InTheConsole() {
        HttpResponse<String> page = staff.getPage("/admin/staff");

        assertThat(page.statusCode()).isEqualTo(403);
        assertConsolePage(page, "このページを開く権限がありません", "管理者の方に依頼してください", "エラーコード 403");
    }

    @Test
    void anUnknownActivityIsAJapanese404InTheConsole() {
        HttpResponse<String> page = staff.getPage("/admin/opportunities/opp-none/edit");

        assertThat(page.statusCode()).isEqualTo(404);
        assertConsolePage(page, "ページが見つかりません", "削除されたか、アドレスが間違っている可能性があります。", "エラーコード 404");
        assertThat(staff.get("/admin/opportunities/opp-none/edit").headers().firstValue("Content-Type"))
                .as("a script asking the console").hasValue("application/problem+json");
        assertThat(AdminApi.basic(port, "kaede", PASSWORD).get("/api/admin/opportunities/opp-none").headers()
                .firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anUnknownAddressInTheConsoleIsAJapanese404AndElsewhereStillProblemJson() {
        HttpResponse<String> page = staff.getPage("/admin/no-such-page");

        assertThat(page.statusCode()).isEqualTo(404);
        assertConsolePage(page, "ページが見つかりません", "エラーコード 404");
        HttpResponse<String> api = AdminApi.basic(port, "kaede", PASSWORD).get("/api/admin/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aFailureIsAJapanese500InTheConsoleWithoutDetails() {
        // An audit entry that is not JSON makes the audit page fail while reading it.
        redis.opsForList().leftPush(settings.keyPrefix() + "audit", "{not json");

        HttpResponse<String> page = staff.getPage("/admin/audit");

        assertThat(page.statusCode()).isEqualTo(500);
        assertConsolePage(page, "エラーが発生しました", "もう一度お試しください", "エラーコード 500");
        assertThat(page.body()).doesNotContain("Exception", "not json");
    }

    private static void assertConsolePage(HttpResponse<String> page, String... texts) {
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains(texts).contains("スタッフコンソール", "kaede さん", "環境保全課",
                "ダッシュボードへ戻る").doesNotContain("Whitelabel", "Forbidden", "Not Found", "HTTP Status");
    }
}

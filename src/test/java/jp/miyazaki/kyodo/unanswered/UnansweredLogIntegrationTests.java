package jp.miyazaki.kyodo.unanswered;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The unanswered log as the app ships it: a message the bot cannot answer, sent through a signed {@code /callback},
 * reaches the staff API and the console without any test writing into the log.
 */
class UnansweredLogIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String CITIZEN = "Uunanswered000000000000000000001";

    @Autowired
    private StaffAccounts accounts;

    @Test
    void anOutOfScopeMessageThroughTheWebhookReachesTheStaffApiAndTheConsole() {
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        AdminApi staff = AdminApi.basic(port, "hinata", PASSWORD);
        ConsoleSession console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        assertThat(staff.get("/api/admin/unanswered").body()).contains("\"messages\":0");

        assertThat(deliverSigned(batch(text(CITIZEN, "宇宙人の好きな色は何色だと思う", System.currentTimeMillis())))
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !LINE.requests(LineApiMock.REPLY).isEmpty());

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(staff.get("/api/admin/unanswered")
                .body()).contains("\"messages\":1").contains("宇宙人の好きな色は何色だと思う"));
        assertThat(redis.hasKey("kyodo:nlu:unanswered")).isTrue();
        assertThat(console.get("/admin").body()).containsPattern(
                "<span class=\"value\">1</span><span>答えられなかった質問</span>");
    }
}

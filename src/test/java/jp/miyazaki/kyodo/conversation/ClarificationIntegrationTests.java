package jp.miyazaki.kyodo.conversation;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.postback;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The question 「〜ということですか？」 as the app ships it, through signed {@code /callback} events: the message waits
 * in the session on Redis, a tap on an intent runs it with what it said, and 「ちがう」 leaves it in the unanswered
 * log that staff read in {@code GET /api/admin/unanswered}.
 */
class ClarificationIntegrationTests extends KyodoIntegrationTest {

    /** Groups or activities: the understanding is torn between them. */
    private static final String TORN = "環境の団体のボランティアを探してる";
    private static final String PASSWORD = "which of these 5";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private StaffAccounts accounts;

    @Test
    void noneOfTheseAnswersWithTheMenuAndTheMessageReachesTheUnansweredLog() throws Exception {
        accounts.create("kirishima", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        AdminApi staff = AdminApi.basic(port, "kirishima", PASSWORD);
        String citizen = "Uclarify00000000000000000000001";

        JsonNode question = say(citizen, TORN, 1);
        assertThat(question.toString()).contains("次のどれのことですか？");
        JsonNode menu = tap(citizen, question, "ちがう", 2);

        assertThat(menu.toString()).contains("うまく理解できませんでした").contains("相談する");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(staff.get("/api/admin/unanswered")
                .body()).contains("\"messages\":1").contains(TORN));
    }

    @Test
    void tappingAnIntentRunsItWithTheTopicAndKindOfTheMessage() throws Exception {
        String citizen = "Uclarify00000000000000000000002";

        JsonNode question = say(citizen, TORN, 1);
        JsonNode results = tap(citizen, question, "活動を探す", 2);

        // The sample catalog's environment volunteering, found at once: nothing was asked again.
        assertThat(results.toString()).contains("大淀川河川敷クリーン作戦").doesNotContain("どの分野");
    }

    private JsonNode say(String citizen, String message, int replies) throws Exception {
        assertThat(deliverSigned(batch(text(citizen, message, System.currentTimeMillis()))).statusCode())
                .isEqualTo(200);
        return lastReply(replies);
    }

    private JsonNode tap(String citizen, JsonNode question, String label, int replies) throws Exception {
        String data = null;
        for (JsonNode message : question) {
            for (JsonNode item : message.path("quickReply").path("items")) {
                if (item.path("action").path("label").asText().equals(label)) {
                    data = item.path("action").path("data").asText();
                }
            }
        }
        assertThat(data).as("a button " + label + " in " + question).isNotNull();
        assertThat(deliverSigned(batch(postback(citizen, data, LocalDate.now().toString(),
                System.currentTimeMillis()))).statusCode()).isEqualTo(200);
        return lastReply(replies);
    }

    /** The messages of the {@code count}th reply sent to LINE, once it has been sent. */
    private static JsonNode lastReply(int count) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.REPLY).size() >= count);
        // In the order LINE received them.
        String body = LINE.requests(LineApiMock.REPLY).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList().get(count - 1).getBodyAsString();
        return JSON.readTree(body).path("messages");
    }
}

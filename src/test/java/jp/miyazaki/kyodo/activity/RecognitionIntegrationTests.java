package jp.miyazaki.kyodo.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.MutableClock;
import jp.miyazaki.kyodo.broadcast.ReminderDelivery;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.privacy.PersonalData;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;

/**
 * Recognition through the whole app: staff mark attendance in the admin API, the present citizen is thanked by a
 * push at 10:00 the next day (with a thank-you card for the first activity, a milestone here) and answers the
 * survey through the webhook; the answer shows in the staff's feedback, the record in the citizen's chat, the
 * totals and the commendation CSV; "delete my data" then leaves nothing of the citizen.
 */
@Import(BroadcastTestConfiguration.class)
@TestPropertySource(properties = {"kyodo.recognition.milestones.activities=1,20",
        "kyodo.admin.login-throttling.base-delay=30s"})
class RecognitionIntegrationTests extends KyodoIntegrationTest {

    private static final MutableClock CLOCK = BroadcastTestConfiguration.CLOCK;
    private static final String HANAKO = "U" + "a".repeat(32);
    private static final String TARO = "U" + "b".repeat(32);
    /** Wednesday 2 December 2026, 9:00–11:00 in Miyazaki. */
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-02T09:00:00+09:00");

    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;
    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private ReminderDelivery reminders;
    @Autowired
    private JsonMapper json;
    @Autowired
    private PersonalData personalData;

    private AdminApi staff;

    @BeforeEach
    void anActivityWithTwoSignUps() {
        CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("minori", "recognition password 1", StaffRole.STAFF, "test", Instant.now());
        staff = AdminApi.basic(port, "minori", "recognition password 1");
        catalog.save(AttendanceTests.opportunity("rec-1", "木花の竹林整備", Category.ENVIRONMENT, "木花", START, 120));
    }

    @Test
    void aMarkedCitizenIsThankedAtTenTheNextDayAndTheirSurveyAnswerReachesStaff() {
        String hanako = signUps.signUp("rec-1", HANAKO, "木花 花子", "090-1111-2222", 2, false).signUp()
                .orElseThrow().reference();
        signUps.signUp("rec-1", TARO, "木花 太郎", "090-3333-4444", 1, false);

        HttpResponse<String> early = staff.put("/api/admin/opportunities/rec-1/attendance",
                "{\"present\": [\"" + hanako + "\"]}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("活動が始まってから");

        CLOCK.set(Instant.parse("2026-12-02T03:00:00Z"));
        HttpResponse<String> marked = staff.put("/api/admin/opportunities/rec-1/attendance",
                "{\"present\": [\"" + hanako + "\"]}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(read(marked).get("present").asInt()).isEqualTo(1);
        assertThat(read(marked).get("absent").asInt()).isEqualTo(1);
        JsonNode roll = read(staff.get("/api/admin/opportunities/rec-1/attendance"));
        assertThat(roll).hasSize(2);
        assertThat(roll.get(0).get("present").asBoolean()).isTrue();
        assertThat(roll.get(1).get("present").asBoolean()).isFalse();

        CLOCK.set(Instant.parse("2026-12-03T00:59:00Z"));
        reminders.runOnce();
        assertThat(LINE.requests(LineApiMock.PUSH)).as("not before 10:00").isEmpty();

        CLOCK.set(Instant.parse("2026-12-03T01:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            reminders.runOnce();
            return !LINE.requests(LineApiMock.PUSH).isEmpty();
        });
        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).hasSize(1);
        String thanks = pushes.get(0).getBodyAsString();
        assertThat(thanks).contains("\"to\":\"" + HANAKO + "\"").contains("木花の竹林整備").contains("満足度")
                .contains("感謝状").contains("木花 花子 様")
                .contains("flow=feedback&slot=rating&value=4&activity=rec-1");

        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.postback(HANAKO,
                "flow=feedback&slot=rating&value=4&activity=rec-1", "2026-12-03", CLOCK.millis())));
        assertThat(awaitReply(1)).contains("感想やご意見").contains("スキップ");
        CLOCK.advance(Duration.ofMinutes(1));
        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.text(HANAKO, "竹を切るのが楽しかったです",
                CLOCK.millis())));
        assertThat(awaitReply(2)).contains("ご回答ありがとうございました");
        CLOCK.advance(Duration.ofMinutes(1));
        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.text(HANAKO, "私の活動記録", CLOCK.millis())));
        assertThat(awaitReply(3)).contains("2026年の活動：1回・2時間").contains("2026/12/2 木花の竹林整備（2時間）");

        JsonNode feedback = read(staff.get("/api/admin/feedback?year=2026"));
        JsonNode activity = feedback.get("activities").get(0);
        assertThat(activity.get("id").asString()).isEqualTo("rec-1");
        assertThat(activity.get("answers").asInt()).isEqualTo(1);
        assertThat(activity.get("average").asDouble()).isEqualTo(4.0);
        assertThat(activity.get("distribution").toString()).isEqualTo("[0,0,0,1,0]");
        assertThat(activity.get("comments").toString()).contains("竹を切るのが楽しかったです");
        assertThat(feedback.toString()).doesNotContain(HANAKO);
        assertThat(feedback.get("organisers").get(0).get("label").asString()).isEqualTo("青島まちづくり協議会");

        JsonNode totals = read(staff.get("/api/admin/activity-records/totals?year=2026"));
        assertThat(totals.get("overall").get("participations").asInt()).isEqualTo(1);
        assertThat(totals.get("overall").get("people").asInt()).isEqualTo(2);
        assertThat(totals.get("overall").get("hours").asDouble()).as("2 people × 2 hours").isEqualTo(4.0);
        assertThat(totals.get("byCategory").get(0).get("label").asString()).isEqualTo("環境");
        assertThat(totals.get("byDistrict").get(0).get("label").asString()).isEqualTo("木花");

        HttpResponse<byte[]> csv = staff.getBytes("/api/admin/activity-records.csv?year=2026", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(RecognitionReports.CSV_HEADER + "\r\n"
                + "\"木花 花子\",\"1\",\"2\",\"2026-12-02\",\"2026-12-02\"\r\n");
        assertThat(staff.get("/api/admin/audit").body()).contains("attendance.mark")
                .contains("activity-records.export");

        personalData.erase(HANAKO);
        assertThat(redis.keys("*" + HANAKO + "*")).isEmpty();
        assertThat(redis.opsForSet().members("kyodo:activity:rec-1:present")).isEmpty();
        assertThat(read(staff.get("/api/admin/feedback?year=2026")).get("activities").get(0).get("answers").asInt())
                .isZero();
        assertThat(staff.get("/api/admin/activity-records/totals?year=2026").body())
                .contains("\"participations\":0");
    }

    @Test
    void aCitizenWhoChoseEnglishIsThankedAndSeesTheirRecordInEnglish() {
        String hanako = signUps.signUp("rec-1", HANAKO, "Hanako Kibana", "090-1111-2222", 1, false).signUp()
                .orElseThrow().reference();
        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.text(HANAKO, "English", CLOCK.millis())));
        awaitReply(1);

        CLOCK.set(Instant.parse("2026-12-02T03:00:00Z"));
        assertThat(staff.put("/api/admin/opportunities/rec-1/attendance", "{\"present\": [\"" + hanako + "\"]}")
                .statusCode()).isEqualTo(200);
        CLOCK.set(Instant.parse("2026-12-03T01:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            reminders.runOnce();
            return !LINE.requests(LineApiMock.PUSH).isEmpty();
        });
        String thanks = LINE.requests(LineApiMock.PUSH).get(0).getBodyAsString();
        assertThat(thanks).contains("Thank you for joining \\\"木花の竹林整備\\\" on 12/2", "Certificate of Thanks",
                "activities: 1", "5 Very good", "flow=feedback&slot=rating&value=4&activity=rec-1")
                .doesNotContain("満足度", "感謝状", "様");

        CLOCK.advance(Duration.ofMinutes(1));
        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.postback(HANAKO,
                "flow=feedback&slot=rating&value=4&activity=rec-1", "2026-12-03", CLOCK.millis())));
        assertThat(awaitReply(2)).contains("send a short comment").doesNotContain("感想");
        CLOCK.advance(Duration.ofMinutes(1));
        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.text(HANAKO, "Cutting bamboo was fun",
                CLOCK.millis())));
        assertThat(awaitReply(3)).contains("Thank you for answering").doesNotContain("ご回答");
        CLOCK.advance(Duration.ofMinutes(1));
        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.text(HANAKO, "My activity record",
                CLOCK.millis())));
        assertThat(awaitReply(4)).contains("2026: activities 1, hours 2", "2026/12/2 木花の竹林整備 (2 h)",
                "Thank you for always taking part").doesNotContain("年の活動", "時間）", "回・");
    }

    @Test
    void refusesUnknownActivitiesReferencesAndYears() {
        CLOCK.set(Instant.parse("2026-12-02T03:00:00Z"));

        assertThat(staff.get("/api/admin/opportunities/none/attendance").statusCode()).isEqualTo(404);
        assertThat(staff.put("/api/admin/opportunities/rec-1/attendance", "{\"present\": [\"S99999\"]}")
                .statusCode()).isEqualTo(400);
        assertThat(staff.put("/api/admin/opportunities/rec-1/attendance", "{}").statusCode()).isEqualTo(400);
        assertThat(staff.get("/api/admin/feedback?year=1900").statusCode()).isEqualTo(400);
        assertThat(AdminApi.anonymous(port).get("/api/admin/activity-records/totals").statusCode())
                .isEqualTo(401);
    }

    private String awaitReply(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.REPLY).size() >= count);
        return LINE.requests(LineApiMock.REPLY).get(count - 1).getBodyAsString();
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}

package jp.miyazaki.kyodo;

import static jp.miyazaki.kyodo.testsupport.ReplyButtons.postbackData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.MutableClock;
import jp.miyazaki.kyodo.broadcast.ReminderDelivery;
import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The recognition and collaboration measures tried as people would, in one story through the whole app (real
 * understanding, flows, actions and Redis; LINE on WireMock, checked against LINE's OpenAPI document): a group
 * leader links their account with a code from staff and posts a recruitment, staff see similar activities and
 * approve it, a citizen finds the group by chat and signs up to it, the leader marks the citizen present by chat,
 * the citizen is thanked at 10:00 the next day, answers the survey and sees the activity in their record, and
 * staff read the feedback and export the year's records.
 */
@Import(BroadcastTestConfiguration.class)
class CollaborationJourneyIntegrationTests extends KyodoIntegrationTest {

    private static final MutableClock CLOCK = BroadcastTestConfiguration.CLOCK;
    private static final String LEADER = "U" + "1ead".repeat(8);
    private static final String CITIZEN = "U" + "c171".repeat(8);
    private static final JsonMapper JSON = new JsonMapper();
    private static final Pattern RATING_FIVE = Pattern.compile("flow=feedback&slot=rating&value=5&activity=[^\"]+");

    @Autowired
    private Conversation conversation;
    @Autowired
    private StaffAccounts staffAccounts;
    @Autowired
    private ReminderDelivery reminders;

    @Test
    void fromALinkedLeadersRecruitmentToTheCitizensThanksSurveyAndRecord() {
        // Tuesday 1 December 2026, noon in Miyazaki.
        CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        staffAccounts.create("minori", "journey test password 1", StaffRole.STAFF, "test", Instant.now());
        AdminApi staff = AdminApi.basic(port, "minori", "journey test password 1");

        String code = read(staff.post("/api/admin/groups/GRP-2/link-code", "")).get("code").asString();
        assertThat(say(LEADER, "連携コード " + code)).contains("「檍子ども食堂の会」の代表者として");
        assertThat(say(LEADER, "募集を出したい")).contains("募集のタイトル");
        say(LEADER, "子ども食堂の配膳ボランティア");
        assertThat(say(LEADER, "12月3日")).contains("9:00-11:00");
        say(LEADER, "10:00-12:00");
        say(LEADER, "檍地区交流センター 調理室");
        say(LEADER, "6人");
        assertThat(say(LEADER, "配膳と片付けをお願いします。")).contains("よろしいですか");
        assertThat(say(LEADER, "はい")).contains("募集を受け付けました");

        JsonNode pending = read(staff.get("/api/admin/recruitments?status=pending"));
        assertThat(pending.size()).isEqualTo(1);
        String recruitment = pending.get(0).get("recruitment").get("id").asString();
        HttpResponse<String> approved = staff.post("/api/admin/recruitments/" + recruitment + "/approve", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(LINE.pushesTo(LEADER)).anySatisfy(body -> assertThat(body).contains("募集が公開されました"));
        String activity = read(staff.get("/api/admin/opportunities")).valueStream().map(v -> v.get("opportunity"))
                .filter(o -> o.get("title").asString().equals("子ども食堂の配膳ボランティア"))
                .map(o -> o.get("id").asString()).findFirst().orElseThrow();
        assertThat(read(staff.get("/api/admin/opportunities/" + activity + "/similar")).toString())
                .as("the sample's 子ども食堂 activity in 檍 looks alike").contains("子ども食堂");

        Reply found = respond(CITIZEN, new UserInput.Text("檍で子ども関係の団体ある？"));
        assertThat(found.parts().toString()).contains("檍子ども食堂の会");
        Reply details = respond(CITIZEN, new UserInput.Postback(postbackData(found, "檍子ども食堂の会", "詳細"), Map.of()));
        respond(CITIZEN, new UserInput.Postback(postbackData(details, null, "子ども食堂の配膳ボランティア"), Map.of()));
        say(CITIZEN, "宮崎 花子");
        say(CITIZEN, "090-1234-5678");
        say(CITIZEN, "1");
        assertThat(say(CITIZEN, "はい")).contains("1名で申し込みます");
        assertThat(say(CITIZEN, "はい")).contains("お申し込みを受け付けました");

        // Thursday 3 December, 11:00: the activity is under way and the leader marks who came.
        CLOCK.set(Instant.parse("2026-12-03T02:00:00Z"));
        Reply started = respond(LEADER, new UserInput.Text("出欠をつけたい"));
        assertThat(tap(LEADER, started, "子ども食堂の配膳ボランティア", "出欠をつける")).contains("1. 宮崎 花子（1名）");
        assertThat(say(LEADER, "全員")).contains("よろしいですか");
        assertThat(say(LEADER, "はい")).contains("出欠を記録しました（出席 1件・1名");

        // Friday 4 December: nothing before 10:00, then the thanks with the survey.
        CLOCK.set(Instant.parse("2026-12-04T00:59:00Z"));
        reminders.runOnce();
        assertThat(LINE.pushesTo(CITIZEN)).isEmpty();
        CLOCK.set(Instant.parse("2026-12-04T01:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            reminders.runOnce();
            return !LINE.pushesTo(CITIZEN).isEmpty();
        });
        String thanks = LINE.pushesTo(CITIZEN).get(0);
        assertThat(thanks).contains("子ども食堂の配膳ボランティア", "満足度");
        Matcher rating = RATING_FIVE.matcher(thanks);
        assertThat(rating.find()).as("a 5 button in %s", thanks).isTrue();

        assertThat(respond(CITIZEN, new UserInput.Postback(rating.group(), Map.of())).parts().toString())
                .contains("感想やご意見");
        assertThat(say(CITIZEN, "子どもたちの笑顔がうれしかったです")).contains("ご回答ありがとうございました");
        assertThat(say(CITIZEN, "私の活動記録")).contains("2026年の活動：1回・2時間", "子ども食堂の配膳ボランティア");

        JsonNode feedback = read(staff.get("/api/admin/feedback?year=2026"));
        JsonNode rated = feedback.get("activities").valueStream()
                .filter(a -> a.get("id").asString().equals(activity)).findFirst().orElseThrow();
        assertThat(rated.get("average").asDouble()).isEqualTo(5.0);
        assertThat(rated.get("comments").toString()).contains("子どもたちの笑顔がうれしかったです");
        assertThat(feedback.get("organisers").toString()).contains("檍子ども食堂の会");
        assertThat(feedback.toString()).doesNotContain(CITIZEN);

        HttpResponse<byte[]> csv = staff.getBytes("/api/admin/activity-records.csv?year=2026", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("\"宮崎 花子\",\"1\",\"2\"");
    }

    private String say(String user, String text) {
        return respond(user, new UserInput.Text(text)).parts().toString();
    }

    private String tap(String user, Reply reply, String cardTitle, String label) {
        return respond(user, new UserInput.Postback(postbackData(reply, cardTitle, label), Map.of())).parts()
                .toString();
    }

    /** One message a minute after the last, at the clock's time. */
    private Reply respond(String user, UserInput input) {
        CLOCK.advance(Duration.ofMinutes(1));
        return conversation.respond(user, input, ZonedDateTime.ofInstant(CLOCK.instant(), CityTime.ZONE));
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}

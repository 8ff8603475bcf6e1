package jp.miyazaki.kyodo.group;

import static jp.miyazaki.kyodo.testsupport.ReplyButtons.postbackData;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.privacy.PersonalData;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The groups' done-when path through the whole app (real understanding, flows, actions and Redis; LINE on
 * WireMock): staff issue a link code by the admin API, the leader links by message and posts a recruitment, staff
 * approve it, the leader is told on LINE, a citizen finds the group with 「檍で子ども関係の団体ある？」 and signs up to
 * the new activity from the group's details, and the leader sees the sign-up. Then the citizen asks to join the
 * group, the leader gets it without the citizen's LINE id, and "delete my data" leaves nothing of the citizen.
 */
class GroupsIntegrationTests extends KyodoIntegrationTest {

    private static final String LEADER = "U1eade70000000000000000000000001";
    private static final String CITIZEN = "Uc1712e70000000000000000000000001";
    private static final JsonMapper JSON = new JsonMapper();

    @Autowired
    private Conversation conversation;
    @Autowired
    private StaffAccounts staffAccounts;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;
    @Autowired
    private PersonalData personalData;

    private AdminApi staff;
    private ZonedDateTime now;

    @BeforeEach
    void staffMember() {
        staffAccounts.create("hinata", "groups test password 1", StaffRole.STAFF, "test", Instant.now());
        staff = AdminApi.basic(port, "hinata", "groups test password 1");
        now = ZonedDateTime.now(CityTime.ZONE);
    }

    @Test
    void aLeaderLinksPostsARecruitmentStaffApproveAndACitizenFindsTheGroupAndSignsUp() {
        HttpResponse<String> issued = staff.post("/api/admin/groups/GRP-2/link-code", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode code = JSON.readTree(issued.body());
        assertThat(code.get("expiresAt").asString()).isNotBlank();

        assertThat(say(LEADER, "連携コード " + code.get("code").asString()))
                .contains("「檍子ども食堂の会」の代表者として", "団体メニュー");
        assertThat(JSON.readTree(staff.get("/api/admin/groups/GRP-2/leaders").body()).get("count").asInt()).isEqualTo(1);
        assertThat(staff.get("/api/admin/groups/GRP-2/leaders").body()).doesNotContain(LEADER);

        assertThat(say(LEADER, "団体メニュー")).contains("代表者メニュー", "メンバー募集を出す");
        assertThat(say(LEADER, "募集を出したい")).contains("募集のタイトル");
        assertThat(say(LEADER, "子ども食堂の配膳ボランティア")).contains("活動の日付");
        ZonedDateTime day = now.plusDays(6);
        assertThat(say(LEADER, day.getMonthValue() + "月" + day.getDayOfMonth() + "日")).contains("9:00-11:00");
        assertThat(say(LEADER, "10:00-13:00")).contains("集合場所");
        assertThat(say(LEADER, "檍地区交流センター 調理室")).contains("定員");
        assertThat(say(LEADER, "6人")).contains("活動内容");
        assertThat(say(LEADER, "配膳と片付けをお願いします。エプロンをお持ちください。"))
                .contains("子ども食堂の配膳ボランティア", "定員6名", "よろしいですか");
        assertThat(say(LEADER, "はい")).contains("募集を受け付けました");

        JsonNode pending = JSON.readTree(staff.get("/api/admin/recruitments?status=pending").body());
        assertThat(pending.size()).isEqualTo(1);
        String recruitment = pending.get(0).get("recruitment").get("id").asString();
        assertThat(pending.get(0).get("groupName").asString()).isEqualTo("檍子ども食堂の会");
        assertThat(catalog.listOpportunities()).noneMatch(o -> o.title().equals("子ども食堂の配膳ボランティア"));

        HttpResponse<String> approved = staff.post("/api/admin/recruitments/" + recruitment + "/approve", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(JSON.readTree(approved.body()).get("leadersTold").asInt()).isEqualTo(1);
        assertThat(staff.post("/api/admin/recruitments/" + recruitment + "/approve", "").statusCode()).isEqualTo(409);
        assertThat(LINE.pushesTo(LEADER)).anySatisfy(body -> assertThat(body).contains("募集が公開されました"));
        Opportunity published = catalog.listOpportunities().stream()
                .filter(o -> o.title().equals("子ども食堂の配膳ボランティア")).findFirst().orElseThrow();
        assertThat(published.organiser()).isEqualTo("檍子ども食堂の会");

        Reply found = conversation.respond(CITIZEN, new UserInput.Text("檍で子ども関係の団体ある？"), now);
        assertThat(found.parts().toString()).contains("檍の子育ての団体が3件", "檍子ども食堂の会");
        // Said this way the message names one group: its details come at once, with 参加したい.
        assertThat(say(CITIZEN, "清武の地域まちづくり推進委員会について知りたい"))
                .contains("【清武地域まちづくり推進委員会】", "参加したい");
        assertThat(say(CITIZEN, "地域まちづくり推進委員会はどこにありますか"))
                .contains("地域まちづくり推進委員会が");
        Reply details = conversation.respond(CITIZEN, new UserInput.Postback(postbackData(found, "檍子ども食堂の会", "詳細"),
                Map.of()), now.plusSeconds(5));
        assertThat(details.parts().toString()).contains("子ども食堂の配膳ボランティア", "参加したい");
        assertThat(tap(CITIZEN, details, "子ども食堂の配膳ボランティア")).contains("お名前");
        assertThat(say(CITIZEN, "宮崎 花子")).contains("電話番号かメールアドレス");
        assertThat(say(CITIZEN, "090-1234-5678")).contains("何名");
        assertThat(say(CITIZEN, "2")).contains("主催者に伝え");
        assertThat(say(CITIZEN, "はい")).contains("2名で申し込みます");
        assertThat(say(CITIZEN, "はい")).contains("お申し込みを受け付けました", "子ども食堂の配膳ボランティア");
        assertThat(signUps.ofOpportunity(published.id())).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("宮崎 花子"))
                .satisfies(s -> assertThat(s.contact()).as("kept as written").isEqualTo("090-1234-5678"));

        assertThat(say(LEADER, "参加者の一覧を見せて")).contains("子ども食堂の配膳ボランティア", "確定 2名／定員6名",
                "宮崎 花子 2名").doesNotContain("090-1234-5678", "09012345678");

        Reply again = conversation.respond(CITIZEN, new UserInput.Text("檍で子ども関係の団体ある？"), now.plusMinutes(1));
        assertThat(tap(CITIZEN, again, "檍子ども食堂の会", "参加したい")).contains("お名前");
        assertThat(say(CITIZEN, "宮崎 花子")).contains("ひとこと");
        assertThat(say(CITIZEN, "土曜の午前なら手伝えます")).contains("連絡を希望されますか");
        assertThat(say(CITIZEN, "いいえ")).contains("よろしいですか");
        assertThat(say(CITIZEN, "はい")).contains("参加希望を受け付けました", "代表者にお伝えしました");
        assertThat(LINE.pushesTo(LEADER)).anySatisfy(body -> assertThat(body).contains("参加希望", "宮崎 花子")
                .doesNotContain(CITIZEN));
        assertThat(JSON.readTree(staff.get("/api/admin/join-requests?group=GRP-2").body()).size()).isEqualTo(1);

        personalData.erase(CITIZEN);
        assertThat(redis.keys("*" + CITIZEN + "*")).isEmpty();
        assertThat(redis.opsForZSet().range("kyodo:group:joins", 0, -1)).noneMatch(m -> m.contains(CITIZEN));
        assertThat(JSON.readTree(staff.get("/api/admin/join-requests").body()).size()).isZero();
        personalData.erase(LEADER);
        assertThat(JSON.readTree(staff.get("/api/admin/groups/GRP-2/leaders").body()).get("count").asInt()).isZero();
    }

    @Test
    void staffManageGroupsAndRejectARecruitmentWithAReasonTheLeadersAreTold() {
        HttpResponse<String> created = staff.post("/api/admin/groups", """
                {"name": "生目台 見守り隊", "kind": "civic", "districts": ["生目台"], "categories": ["welfare"],
                 "description": "高齢の方の見守り", "howToJoin": "電話でご連絡ください", "contact": "0985-00-3000"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();
        assertThat(id).isEqualTo("GRP-12");
        assertThat(staff.post("/api/admin/groups", "{\"name\": \"x\", \"kind\": \"club\", \"categories\": []}")
                .statusCode()).isEqualTo(400);
        assertThat(staff.put("/api/admin/groups/" + id, """
                {"name": "生目台 見守り隊", "kind": "civic", "districts": ["生目台"], "categories": ["welfare", "community"],
                 "contact": "0985-00-3000"}""").statusCode()).isEqualTo(200);
        assertThat(staff.get("/api/admin/groups/" + id).body()).contains("community");

        String code = JSON.readTree(staff.post("/api/admin/groups/" + id + "/link-code", "").body()).get("code").asString();
        say(LEADER, "連携コード " + code);
        say(LEADER, "募集を出したい");
        say(LEADER, "見守り訪問の同行");
        ZonedDateTime day = now.plusDays(8);
        say(LEADER, day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
        say(LEADER, "9時〜11時");
        say(LEADER, "生目台地区センター");
        say(LEADER, "3");
        say(LEADER, "訪問に同行していただきます");
        assertThat(say(LEADER, "はい")).contains("募集を受け付けました");
        String recruitment = JSON.readTree(staff.get("/api/admin/recruitments?status=pending").body()).get(0)
                .get("recruitment").get("id").asString();

        assertThat(staff.post("/api/admin/recruitments/" + recruitment + "/reject", "{\"reason\": \"\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> rejected = staff.post("/api/admin/recruitments/" + recruitment + "/reject",
                "{\"reason\": \"訪問先の同意書の準備ができてから、もう一度出してください。\"}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(LINE.pushesTo(LEADER)).anySatisfy(body -> assertThat(body).contains("見送りました", "同意書"));
        assertThat(JSON.readTree(staff.get("/api/admin/recruitments?status=pending").body()).size()).isZero();
        assertThat(staff.get("/api/admin/recruitments?status=maybe").statusCode()).isEqualTo(400);
        assertThat(staff.delete("/api/admin/groups/" + id).statusCode()).isEqualTo(204);
        assertThat(staff.get("/api/admin/groups/" + id).statusCode()).isEqualTo(404);
        assertThat(say(LEADER, "団体メニュー")).contains("連携した方がお使いいただけます");
        assertThat(AdminApi.anonymous(port).get("/api/admin/groups").statusCode()).isEqualTo(401);
    }

    @Test
    void aLeaderMarksWhoCameToTheGroupsActivityByChat() {
        String code = JSON.readTree(staff.post("/api/admin/groups/GRP-2/link-code", "").body()).get("code").asString();
        say(LEADER, "連携コード " + code);
        java.time.OffsetDateTime start = now.plusHours(2).toOffsetDateTime();
        Opportunity dinner = new Opportunity("opp-dinner", jp.miyazaki.kyodo.catalog.OpportunityKind.VOLUNTEER,
                "子ども食堂の夕食づくり", "", jp.miyazaki.kyodo.catalog.Category.CHILDCARE, "檍", "檍地区交流センター", start,
                start.plusHours(2), 10, "檍子ども食堂の会", "0985-00-2002", false);
        catalog.save(dinner);
        signUps.signUp("opp-dinner", CITIZEN, "宮崎 花子", "09012345678", 2, false);
        signUps.signUp("opp-dinner", "U0ther0000000000000000000000000001", "日向 一郎", "ichiro@example.jp", 1, false);
        assertThat(say(LEADER, "出欠をつけたい")).contains("この2週間に始まった", "活動はありません");
        // The activity has begun: it moves to an hour ago, as if time had passed.
        catalog.save(new Opportunity(dinner.id(), dinner.kind(), dinner.title(), dinner.description(), dinner.category(),
                dinner.district(), dinner.place(), start.minusHours(3), start.minusHours(1), 10, dinner.organiser(),
                dinner.contact(), false));

        now = now.plusSeconds(30);
        Reply activities = conversation.respond(LEADER, new UserInput.Text("出欠をつけたい"), now);
        assertThat(activities.parts().toString()).contains("子ども食堂の夕食づくり");
        assertThat(tap(LEADER, activities, "子ども食堂の夕食づくり", "出欠をつける"))
                .contains("1. 宮崎 花子（2名）", "2. 日向 一郎（1名）", "来られた方の番号");
        assertThat(say(LEADER, "1")).contains("出席 1件（宮崎 花子）・欠席 1件", "よろしいですか");
        assertThat(say(LEADER, "はい")).contains("出欠を記録しました（出席 1件・2名、欠席 1件）");

        HttpResponse<String> roll = staff.get("/api/admin/opportunities/opp-dinner/attendance");
        assertThat(roll.statusCode()).as(roll.body()).isEqualTo(200);
        assertThat(roll.body()).contains("宮崎 花子");
        assertThat(redis.opsForSet().members("kyodo:activity:opp-dinner:present")).containsExactly(CITIZEN);
    }

    private String say(String user, String text) {
        now = now.plusSeconds(10);
        return conversation.respond(user, new UserInput.Text(text), now).parts().toString();
    }

    private String tap(String user, Reply reply, String label) {
        return tap(user, reply, null, label);
    }

    private String tap(String user, Reply reply, String cardTitle, String label) {
        now = now.plusSeconds(10);
        return conversation.respond(user, new UserInput.Postback(postbackData(reply, cardTitle, label), Map.of()), now)
                .parts().toString();
    }

}

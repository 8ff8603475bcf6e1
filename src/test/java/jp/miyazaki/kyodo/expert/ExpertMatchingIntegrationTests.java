package jp.miyazaki.kyodo.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.privacy.PersonalData;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Expert matching through the whole app, LINE on WireMock: an expert links their LINE account with a code, a
 * citizen asks by chat for an accounting expert in 清武, staff get the candidates from the admin API and confirm
 * one, and the citizen and the expert each receive a push; the match leaves nothing of the citizen behind once
 * they delete their data.
 */
class ExpertMatchingIntegrationTests extends KyodoIntegrationTest {

    private static final String CITIZEN = "U" + "e".repeat(32);
    private static final String EXPERT = "U" + "f".repeat(32);

    @Autowired
    private SampleExpertsLoader sampleExperts;
    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private Consultations consultations;
    @Autowired
    private AccountLinks links;
    @Autowired
    private PersonalData personalData;
    @Autowired
    private JsonMapper json;

    private AdminApi staff;
    private long clock = System.currentTimeMillis();

    @BeforeEach
    void sampleExpertsAndStaff() {
        sampleExperts.loadIfEmpty();
        accounts.create("mirai", "staff password 321", StaffRole.STAFF, "test", Instant.now());
        staff = AdminApi.basic(port, "mirai", "staff password 321");
    }

    @Test
    void anExpertLinksACitizenAsksByChatStaffConfirmAndBothAreTold() {
        HttpResponse<String> issued = staff.post("/api/admin/experts/EXP-2/link-code", "");
        assertThat(issued.statusCode()).isEqualTo(200);
        String code = read(issued).get("code").asString();
        assertThat(say(EXPERT, "連携コード " + code, 1)).contains("黒木 真理子（税理士）", "専門家紹介のご依頼");
        assertThat(links.linkedUsers(new LinkTarget("expert", "EXP-2"))).containsExactly(EXPERT);

        assertThat(say(CITIZEN, "清武で会計に詳しい専門家を紹介してほしい", 2)).contains("ご相談の内容");
        assertThat(say(CITIZEN, "子ども食堂の会計報告の作り方を教えてほしいです", 3)).contains("お返事の方法");
        assertThat(say(CITIZEN, "LINEで", 4)).contains("ご相談を受け付けました");

        JsonNode inbox = read(staff.get("/api/admin/consultations"));
        assertThat(inbox.size()).isEqualTo(1);
        JsonNode asked = inbox.get(0);
        assertThat(asked.get("topic").asString()).isEqualTo("expert");
        assertThat(asked.get("field").asString()).isEqualTo("accounting");
        assertThat(asked.get("district").asString()).isEqualTo("清武");
        String id = asked.get("id").asString();

        JsonNode candidates = read(staff.get("/api/admin/consultations/" + id + "/expert-candidates"));
        assertThat(candidates.get(0).get("expertId").asString()).isEqualTo("EXP-2");
        assertThat(candidates.get(0).get("linked").asBoolean()).isTrue();
        assertThat(candidates.get(0).get("reason").asString()).contains("清武を担当", "LINE連携済み");
        assertThat(candidates.get(1).get("expertId").asString()).isEqualTo("EXP-8");
        assertThat(candidates.get(2).get("fit").asInt()).isEqualTo(1);
        for (JsonNode candidate : candidates) {
            assertThat(candidate.get("fieldLabels").asString()).contains("会計・税務");
        }

        int pushesBefore = LINE.requests(LineApiMock.PUSH).size();
        HttpResponse<String> confirmed = staff.post("/api/admin/consultations/" + id + "/expert-match",
                "{\"expertId\": \"EXP-2\"}");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        JsonNode made = read(confirmed);
        assertThat(made.get("citizenTold").asBoolean()).isTrue();
        assertThat(made.get("expertTold").asBoolean()).isTrue();
        assertThat(made.get("staffMustTellExpert").asBoolean()).isFalse();
        assertThat(made.get("consultation").get("status").asString()).isEqualTo("matched");
        assertThat(made.get("consultation").get("expertId").asString()).isEqualTo("EXP-2");

        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).hasSize(pushesBefore + 2);
        String toCitizen = pushTo(pushes, CITIZEN);
        assertThat(toCitizen).contains(id, "黒木 真理子（税理士）", "会計・税務")
                .doesNotContain("kuroki.mariko@example.jp", "090-0000-3102");
        String toExpert = pushTo(pushes, EXPERT);
        assertThat(toExpert).contains("専門家紹介のご依頼", id, "清武", "子ども食堂の会計報告の作り方")
                .doesNotContain(CITIZEN);

        HttpResponse<String> again = staff.post("/api/admin/consultations/" + id + "/expert-match",
                "{\"expertId\": \"EXP-1\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(pushesBefore + 2);

        personalData.erase(CITIZEN);
        assertThat(redis.keys("*" + CITIZEN + "*")).isEmpty();
        assertThat(consultations.find(id)).isEmpty();
        for (String key : redis.keys("kyodo:*")) {
            String type = redis.type(key).code();
            if ("string".equals(type)) {
                assertThat(redis.opsForValue().get(key)).as(key).doesNotContain(CITIZEN);
            }
        }
    }

    @Test
    void anUnlinkedExpertIsForStaffToTellAndAnExpertOutsideTheFieldIsRefused() {
        Consultation asked = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING, "決算の締め方", "電話",
                "0985001234", Expertise.ACCOUNTING, "清武");

        HttpResponse<String> wrongField = staff.post("/api/admin/consultations/" + asked.id() + "/expert-match",
                "{\"expertId\": \"EXP-5\"}");
        assertThat(wrongField.statusCode()).isEqualTo(422);
        assertThat(read(wrongField).get("detail").asString()).contains("does not cover");
        assertThat(staff.post("/api/admin/consultations/" + asked.id() + "/expert-match",
                "{\"expertId\": \"EXP-404\"}").statusCode()).isEqualTo(422);
        assertThat(staff.post("/api/admin/consultations/C999999/expert-match",
                "{\"expertId\": \"EXP-8\"}").statusCode()).isEqualTo(404);

        Consultation other = consultations.create(CITIZEN, ConsultationTopic.OTHER, "その他の相談", "LINE", "");
        assertThat(read(staff.get("/api/admin/consultations/" + other.id() + "/expert-candidates")).size()).isZero();
        assertThat(staff.get("/api/admin/consultations/" + other.id() + "/expert-candidates?limit=0").statusCode())
                .isEqualTo(400);
        assertThat(staff.post("/api/admin/consultations/" + other.id() + "/expert-match",
                "{\"expertId\": \"EXP-1\"}").statusCode()).isEqualTo(422);
        Consultation closed = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING, "締めた相談", "LINE", "");
        assertThat(staff.post("/api/admin/consultations/" + closed.id() + "/close", "").statusCode()).isEqualTo(200);
        assertThat(staff.post("/api/admin/consultations/" + closed.id() + "/expert-match",
                "{\"expertId\": \"EXP-1\"}").statusCode()).isEqualTo(409);
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();

        JsonNode made = read(staff.post("/api/admin/consultations/" + asked.id() + "/expert-match",
                "{\"expertId\": \"EXP-8\"}"));
        assertThat(made.get("expertLinked").asBoolean()).isFalse();
        assertThat(made.get("staffMustTellExpert").asBoolean()).isTrue();
        assertThat(made.get("expertStaffContact").asString()).contains("support@kiyotake-machi.example.jp");
        assertThat(made.get("summary").asString()).contains("電話かメールでお伝えください");
        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).hasSize(1);
        assertThat(pushTo(pushes, CITIZEN)).contains("清武まちづくりサポート", "0985-00-3108", "ご希望の電話でご連絡します")
                .doesNotContain("support@kiyotake-machi.example.jp");
    }

    @Test
    void staffManageExpertsAndDeletingOneUnlinksIt() {
        HttpResponse<String> created = staff.post("/api/admin/experts", """
                {"name": "宮崎デザイン室", "kind": "business", "fields": ["design", "publicity"],
                 "districts": ["中央", "清武"], "profile": "チラシとロゴを作ります。", "publicContact": "",
                 "staffContact": "0985-00-9999"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode expert = read(created);
        String id = expert.get("id").asString();
        assertThat(id).isEqualTo("EXP-10");
        assertThat(expert.get("districts").toString()).contains("中央東", "中央西", "清武");
        assertThat(staff.post("/api/admin/experts", """
                {"name": "x", "kind": "business", "fields": ["cooking"]}""").statusCode()).isEqualTo(400);
        assertThat(staff.post("/api/admin/experts", """
                {"name": "x", "kind": "business", "fields": ["it"], "districts": ["東京"]}""").statusCode())
                .isEqualTo(422);
        assertThat(staff.put("/api/admin/experts/" + id, """
                {"name": "宮崎デザイン室", "kind": "business", "fields": ["design"], "districts": []}""")
                .statusCode()).isEqualTo(200);
        assertThat(read(staff.get("/api/admin/experts/" + id)).get("districts").get(0).asString())
                .isEqualTo("市内全域");

        String code = read(staff.post("/api/admin/experts/" + id + "/link-code", "")).get("code").asString();
        assertThat(links.redeem(code, EXPERT)).isInstanceOf(AccountLinks.Redemption.Linked.class);
        assertThat(read(staff.get("/api/admin/experts/" + id)).get("linkedAccounts").asInt()).isEqualTo(1);

        assertThat(staff.delete("/api/admin/experts/" + id).statusCode()).isEqualTo(204);
        assertThat(staff.get("/api/admin/experts/" + id).statusCode()).isEqualTo(404);
        assertThat(links.linkedUsers(new LinkTarget("expert", id))).isEmpty();
        assertThat(links.targets(EXPERT)).isEmpty();
    }

    /** Sends a message and waits for the {@code replies}-th reply; answers its body. */
    private String say(String userId, String text, int replies) {
        clock += 1000;
        assertThat(deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.text(userId, text, clock)))
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.REPLY).size() >= replies);
        return LINE.requests(LineApiMock.REPLY).get(replies - 1).getBodyAsString();
    }

    private String pushTo(List<LoggedRequest> pushes, String userId) {
        List<String> bodies = pushes.stream().map(LoggedRequest::getBodyAsString)
                .filter(body -> userId.equals(json.readTree(body).get("to").asString())).toList();
        assertThat(bodies).as("pushes to %s", userId).hasSize(1);
        return json.readTree(bodies.get(0)).get("messages").toString();
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}

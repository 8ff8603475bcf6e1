package jp.miyazaki.kyodo.consultation;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The consultation inbox through the admin API and the console over HTTP, from a consultation a citizen made in
 * the chat (signed {@code /callback}) to its answer: the 受付番号 the citizen was told finds it, the thread holds
 * what they wrote and what staff answered, filters by status and assignee, counts that are the lists' lengths
 * (the dashboard's 未完了 too), assigning to a colleague, the same refusals in the API (problem JSON) and the
 * console (Japanese), reading one is audited, and a consultation stored before threads existed still shows.
 */
class ConsultationInboxIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "inbox staff password 1";
    private static final String CITIZEN = "U" + "5".repeat(32);
    private static final Pattern REFERENCE = Pattern.compile("受付番号 (C\\d{6})");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private Consultations consultations;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JsonMapper json;

    private AdminApi staff;

    @BeforeEach
    void twoColleagues() {
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
        accounts.create("aoi", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
        staff = AdminApi.basic(port, "hinata", PASSWORD);
    }

    @Test
    void aConsultationMadeInTheChatIsFoundByTheReferenceTheCitizenWasToldAndAnsweredInItsThread() {
        String told = consultByChat();
        Matcher reference = REFERENCE.matcher(told);
        assertThat(reference.find()).as(told).isTrue();
        String id = reference.group(1);

        JsonNode found = read(staff.get("/api/admin/consultations?q=" + id));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asString()).isEqualTo(id);
        assertThat(read(staff.get("/api/admin/consultations?q=" + encode("Ｃ" + id.substring(1))))).as("full-width")
                .hasSize(1);
        assertThat(read(staff.get("/api/admin/consultations?q=" + encode("手続きがわかりません")))).hasSize(1);
        ConsoleSession console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String list = console.get("/admin/consultations?q=" + id).body();
        assertThat(list).contains("href=\"/admin/consultations/" + id + "\"", ">" + id + "<");

        JsonNode detail = read(staff.get("/api/admin/consultations/" + id));
        assertThat(detail.get("thread")).hasSize(1);
        assertThat(detail.get("thread").get(0).get("from").asString()).isEqualTo("citizen");
        assertThat(detail.get("thread").get(0).get("text").asString()).contains("手続きがわかりません");
        assertThat(detail.get("statusLabel").asString()).isEqualTo("新規");
        assertThat(audit.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("consultation.view");
            assertThat(entry.target()).isEqualTo(id);
            assertThat(entry.actor()).isEqualTo("hinata");
        });

        JsonNode answered = read(staff.post("/api/admin/consultations/" + id + "/reply",
                "{\"text\": \"定款の作り方をご案内します。\"}"));
        assertThat(answered.get("status").asString()).isEqualTo("answered");
        assertThat(answered.get("assignee").asString()).as("who answered has it").isEqualTo("hinata");
        JsonNode again = read(staff.post("/api/admin/consultations/" + id + "/reply",
                "{\"text\": \"最初の面談は平日の日中にできます。\"}"));
        assertThat(again.get("thread")).extracting(m -> m.get("from").asString() + ":" + m.get("text").asString())
                .containsExactly("citizen:仲間5人でNPO法人を立ち上げたいのですが、手続きがわかりません",
                        "staff:定款の作り方をご案内します。", "staff:最初の面談は平日の日中にできます。");
        assertThat(again.get("thread").get(1).get("staff").asString()).isEqualTo("hinata");
        assertThat(LINE.pushesTo(CITIZEN)).hasSize(2);

        String page = console.get("/admin/consultations/" + id).body();
        assertThat(page).contains("受付番号 " + id, "手続きがわかりません", "定款の作り方をご案内します。",
                "最初の面談は平日の日中にできます。", "回答（hinata さん）");
        assertThat(audit.latest(1).get(0).action()).as("the console's reading is audited too")
                .isEqualTo("consultation.view");
    }

    @Test
    void filtersByStatusAndAssigneeWithCountsThatAreTheListsLengthsAndTheDashboardsOpenCount() {
        Consultation fresh = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING, "帳簿のつけ方", "LINE", "");
        Consultation taken = consultations.create(CITIZEN, ConsultationTopic.PUBLICITY, "チラシの作り方", "LINE", "");
        Consultation answered = consultations.create(CITIZEN, ConsultationTopic.OTHER, "会場の探し方", "LINE", "");
        Consultation closed = consultations.create(CITIZEN, ConsultationTopic.OTHER, "終わった相談", "LINE", "");
        assertThat(staff.post("/api/admin/consultations/" + taken.id() + "/assign", "{\"assignee\": \"aoi\"}")
                .statusCode()).isEqualTo(200);
        assertThat(staff.post("/api/admin/consultations/" + answered.id() + "/reply", "{\"text\": \"公民館が使えます。\"}")
                .statusCode()).isEqualTo(200);
        assertThat(staff.post("/api/admin/consultations/" + closed.id() + "/close", "{}").statusCode())
                .isEqualTo(200);

        assertThat(ids("?status=open")).containsExactlyInAnyOrder(answered.id(), taken.id(), fresh.id());
        assertThat(ids("?status=closed")).containsExactly(closed.id());
        assertThat(ids("")).hasSize(4);
        assertThat(ids("?assignee=aoi")).containsExactly(taken.id());
        assertThat(ids("?assignee=none")).containsExactly(fresh.id());
        assertThat(ids("?status=open&assignee=hinata")).containsExactly(answered.id());
        JsonNode counts = read(staff.get("/api/admin/consultations/counts"));
        for (String status : List.of("open", "new", "assigned", "answered", "matched", "closed", "all")) {
            assertThat(counts.get(status).asInt()).as(status).isEqualTo(ids("?status=" + status).size());
        }
        assertThat(counts.get("open").asInt()).isEqualTo(3);
        HttpResponse<String> bogus = staff.get("/api/admin/consultations?status=bogus");
        assertThat(bogus.statusCode()).isEqualTo(400);

        ConsoleSession console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String dashboard = console.get("/admin").body();
        String inbox = console.get("/admin/consultations").body();
        int rows = inbox.split("<tr id=\"consultation-").length - 1;
        assertThat(rows).isEqualTo(3);
        assertThat(dashboard).contains("<span class=\"value\">" + rows + "</span><span>未完了の相談</span>");
        assertThat(inbox).contains("未完了 3件");
        assertThat(console.get("/admin/consultations?status=all&assignee=aoi").body()).contains("すべて 1件",
                "consultation-" + taken.id()).doesNotContain("consultation-" + fresh.id());
    }

    @Test
    void theApiAndTheConsoleRefuseTheSameThings() {
        Consultation asked = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING, "決算の相談", "LINE", "");
        HttpResponse<String> nobody = staff.post("/api/admin/consultations/" + asked.id() + "/assign",
                "{\"assignee\": \"nobody\"}");
        assertThat(nobody.statusCode()).isEqualTo(422);
        assertThat(nobody.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        assertThat(staff.post("/api/admin/consultations/" + asked.id() + "/reply",
                "{\"text\": \"" + "あ".repeat(501) + "\"}").statusCode()).isEqualTo(400);
        assertThat(staff.get("/api/admin/consultations/C999999").statusCode()).isEqualTo(404);
        assertThat(staff.post("/api/admin/consultations/C999999/assign", "{\"assignee\": \"aoi\"}").statusCode())
                .isEqualTo(404);

        ConsoleSession console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String token = ConsoleSession.csrf(console.get("/admin/consultations").body());
        console.postForm("/admin/consultations/" + asked.id() + "/assign",
                Map.of("assignee", "nobody", "_csrf", token));
        assertThat(console.get("/admin/consultations/" + asked.id()).body())
                .contains("担当を変えられませんでした（担当者を一覧から選んでください）");
        assertThat(consultations.find(asked.id()).orElseThrow().assignee()).isNull();

        assertThat(staff.post("/api/admin/consultations/" + asked.id() + "/close", "{}").statusCode()).isEqualTo(200);
        HttpResponse<String> closedReply = staff.post("/api/admin/consultations/" + asked.id() + "/reply",
                "{\"text\": \"追伸です\"}");
        assertThat(closedReply.statusCode()).isEqualTo(409);
        assertThat(read(closedReply).get("detail").asString()).contains("closed");
        assertThat(staff.post("/api/admin/consultations/" + asked.id() + "/assign", "{\"assignee\": \"aoi\"}")
                .statusCode()).isEqualTo(409);
        console.postForm("/admin/consultations/" + asked.id() + "/reply",
                Map.of("text", "追伸です", "_csrf", token));
        assertThat(console.get("/admin/consultations/" + asked.id()).body()).contains("完了した相談です");
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
        assertThat(console.getPage("/admin/consultations/C999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aConsultationStoredBeforeThreadsExistedStillShowsWhatTheCitizenWrote() {
        redis.opsForValue().set("kyodo:consultation:C000777", """
                {"id":"C000777","userId":"%s","topic":"ACCOUNTING","description":"昔の相談です","contactPreference":"電話",\
                "contact":"0985-00-0000","status":"ANSWERED","assignee":"aoi","createdAt":"2026-10-01T01:00:00Z",\
                "updatedAt":"2026-10-02T01:00:00Z"}""".formatted(CITIZEN));
        redis.opsForZSet().add("kyodo:consultations", "C000777", 1);

        JsonNode old = read(staff.get("/api/admin/consultations/C000777"));
        assertThat(old.get("thread")).singleElement().satisfies(message -> {
            assertThat(message.get("text").asString()).isEqualTo("昔の相談です");
            assertThat(message.get("at").asString()).isEqualTo("2026-10-01T01:00:00Z");
        });
        assertThat(ids("?status=open&assignee=aoi")).containsExactly("C000777");
        assertThat(ConsoleSession.signedIn(port, "hinata", PASSWORD).get("/admin/consultations/C000777").body())
                .contains("昔の相談です", "0985-00-0000");
    }

    /** The consultation flow through the signed webhook, one message at a time; the last reply's text. */
    private String consultByChat() {
        List<String> says = List.of("NPO法人を作りたいので相談したいです", "仲間5人でNPO法人を立ち上げたいのですが、手続きがわかりません",
                "中央", "LINEで");
        int replies = 0;
        for (String text : says) {
            assertThat(deliverSigned(batch(text(CITIZEN, text, System.currentTimeMillis()))).statusCode())
                    .isEqualTo(200);
            int expected = ++replies;
            await().atMost(Duration.ofSeconds(15)).until(() -> LINE.requests(LineApiMock.REPLY).size() >= expected);
        }
        List<String> bodies = new ArrayList<>();
        LINE.requests(LineApiMock.REPLY).forEach(request -> bodies.add(request.getBodyAsString()));
        String last = bodies.stream().filter(body -> body.contains("ご相談を受け付けました")).findFirst()
                .orElseThrow(() -> new AssertionError("no confirmation in " + bodies));
        return json.readTree(last).get("messages").get(0).get("text").asString();
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        read(staff.get("/api/admin/consultations" + query)).forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}

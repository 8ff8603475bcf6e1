package jp.miyazaki.kyodo.console;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.ReminderDelivery;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.signup.SignUpOutcome;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Changes reach the people they affect: moving an activity's time or place, through the admin API or the console,
 * tells each confirmed and waitlisted citizen once on LINE with what changed (before → after), in their language;
 * a title-only edit or an edit staff mark as not worth telling sends nothing; a LINE 500 is retried under the same
 * retry key and the notice arrives once; a notice an instance left unfinished goes out with a later reminder run,
 * still once.
 */
@Import(NoonInMiyazaki.class)
class OpportunityChangeNoticeTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "notice staff password";
    private static final String TITLE = "河川敷の清掃";
    private static final String CONFIRMED = "Uc0ffee00000000000000000000000001";
    private static final String WAITING = "Uc0ffee00000000000000000000000002";
    private static final String START = "2027-03-06T09:00";
    private static final String PLACE = "大淀川河川敷";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private SignUps signUps;
    @Autowired
    private ReminderDelivery reminders;
    @Autowired
    private CitizenLanguage languages;
    @Autowired
    private JsonMapper json;

    private AdminApi api;
    private ConsoleSession console;
    private String id;

    @BeforeEach
    void anActivityWithAConfirmedAndAWaitingCitizen() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("kawano", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        api = AdminApi.basic(port, "kawano", PASSWORD);
        console = ConsoleSession.signedIn(port, "kawano", PASSWORD);
        HttpResponse<String> created = api.post("/api/admin/opportunities", request(TITLE, START, PLACE));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        id = json.readTree(created.body()).get("opportunity").get("id").asString();
        assertThat(signUps.signUp(id, CONFIRMED, "川野 一郎", "090-1111-2222", 1, false).kind())
                .isEqualTo(SignUpOutcome.Kind.CONFIRMED);
        assertThat(signUps.signUp(id, WAITING, "大淀 花子", "090-3333-4444", 1, true).kind())
                .isEqualTo(SignUpOutcome.Kind.WAITLISTED);
        LINE.rememberRetryKeys(LineApiMock.PUSH);
    }

    @Test
    void aTimeChangeThroughTheApiTellsTheConfirmedAndTheWaitingOnceEachWithBeforeAndAfter() throws Exception {
        HttpResponse<String> updated = api.put("/api/admin/opportunities/" + id,
                request(TITLE, "2027-03-06T09:30", PLACE));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).get("citizensTold").asInt()).isEqualTo(2);
        assertThat(json.readTree(updated.body()).get("signUps").asInt()).isEqualTo(2);
        for (String citizen : List.of(CONFIRMED, WAITING)) {
            assertThat(toldOnce(citizen)).contains("「" + TITLE + "」",
                    "日時：3月6日(土) 9:00〜11:00 → 3月6日(土) 9:30〜11:00").doesNotContain("場所：");
        }
        assertThat(LINE.requests(LineApiMock.PUSH)).extracting(r -> r.getHeader("X-Line-Retry-Key"))
                .doesNotHaveDuplicates().hasSize(2);

        assertThat(api.put("/api/admin/opportunities/" + id, request(TITLE, "2027-03-06T09:30", PLACE))
                .statusCode()).isEqualTo(200);
        settle();
        assertThat(LINE.requests(LineApiMock.PUSH)).as("saving it unchanged tells nobody again").hasSize(2);
    }

    @Test
    void aCitizenWhoChoseEnglishIsToldInEnglish() throws Exception {
        languages.choose(WAITING, CitizenLanguage.ENGLISH);

        assertThat(api.put("/api/admin/opportunities/" + id, request(TITLE, START, "")).statusCode())
                .isEqualTo(200);

        assertThat(toldOnce(WAITING)).contains("\"" + TITLE + "\", which you signed up for, has changed.",
                "Where: " + PLACE + " → not yet set");
        assertThat(toldOnce(CONFIRMED)).contains("場所：" + PLACE + " → 未定");
    }

    @Test
    void aPlaceChangeThroughTheConsoleSaysWhoWillBeToldAndTellsThemOnce() throws Exception {
        String page = console.get("/admin/opportunities/" + id + "/edit").body();
        assertThat(page).contains("日時や場所を変更すると、申し込み 2 件（確定 1 件・キャンセル待ち 1 件）の方に LINE でお知らせします。",
                "name=\"quiet\"", "申込者に知らせない");

        HttpResponse<String> saved = console.postForm("/admin/opportunities/" + id + "/edit",
                form(START, "大淀川学習館", ConsoleSession.csrf(page), false));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(console.get("/admin/opportunities").body())
                .contains("「" + TITLE + "」を更新しました。申し込み 2 件の方に LINE で変更をお知らせしました。");
        for (String citizen : List.of(CONFIRMED, WAITING)) {
            assertThat(toldOnce(citizen)).contains("「" + TITLE + "」", "場所：大淀川河川敷 → 大淀川学習館")
                    .doesNotContain("日時：");
        }
    }

    @Test
    void staffWhoChooseNotToTellSendNothingThroughEither() throws Exception {
        HttpResponse<String> updated = api.put("/api/admin/opportunities/" + id + "?notify=false",
                request(TITLE, "2027-03-06T09:15", PLACE));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).get("citizensTold").asInt()).isZero();

        String page = console.get("/admin/opportunities/" + id + "/edit").body();
        HttpResponse<String> saved = console.postForm("/admin/opportunities/" + id + "/edit",
                form("2027-03-06T09:20", "大淀川 河川敷", ConsoleSession.csrf(page), true));
        assertThat(saved.statusCode()).isEqualTo(302);
        String list = console.get("/admin/opportunities").body();
        assertThat(list).contains("「" + TITLE + "」を更新しました。").doesNotContain("お知らせしました");

        settle();
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
        assertThat(json.readTree(api.get("/v3/api-docs").body()).get("paths").get("/api/admin/opportunities/{id}")
                .get("put").get("parameters").findValuesAsString("name")).as("documented").contains("notify");
    }

    @Test
    void aTitleOnlyEditSendsNothing() throws Exception {
        HttpResponse<String> updated = api.put("/api/admin/opportunities/" + id,
                request("河川敷の清掃（ごみ袋は配ります）", START, PLACE));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json.readTree(updated.body()).get("citizensTold").asInt()).isZero();
        settle();
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();
    }

    @Test
    void aLineFailureIsRetriedUnderTheSameKeyAndTheNoticeArrivesOnce() throws Exception {
        LINE.stub(post(urlPathEqualTo(LineApiMock.PUSH)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(LineApiMock.json(500, "{\"message\":\"Internal server error\"}"))
                .willSetStateTo("recovered"));

        HttpResponse<String> updated = api.put("/api/admin/opportunities/" + id,
                request(TITLE, "2027-03-07T09:00", PLACE));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).hasSize(3);
        assertThat(pushes.get(0).getHeader("X-Line-Retry-Key")).isEqualTo(pushes.get(1).getHeader("X-Line-Retry-Key"));
        assertThat(toldOnce(WAITING)).contains("3月6日(土) 9:00〜11:00 → 3月7日(日) 9:00〜11:00");
    }

    @Test
    void aNoticeAnInstanceLeftUnfinishedGoesOutWithALaterReminderRunAndNobodyTwice() throws Exception {
        assertThat(api.put("/api/admin/opportunities/" + id, request(TITLE, "2027-03-06T10:00", PLACE))
                .statusCode()).isEqualTo(200);
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(2);
        assertThat(redis.keys("kyodo:signup:notice*")).as("a finished notice is not kept").isEmpty();
        // As an instance leaves a notice when it stops mid-way: stored, one push in flight, one not yet begun.
        String first = List.copyOf(redis.keys("kyodo:reminder:opportunity-change:*" + CONFIRMED)).get(0);
        String change = first.substring("kyodo:reminder:opportunity-".length(), first.lastIndexOf(':'));
        long due = BroadcastTestConfiguration.NOON_JST.plus(Duration.ofMinutes(5)).toEpochMilli();
        redis.opsForHash().putAll("kyodo:signup:notice:" + change, Map.of("text:ja", "日時が変わりました",
                "citizens", CONFIRMED + " ja," + WAITING + " ja", "at", Long.toString(due)));
        redis.opsForZSet().add("kyodo:signup:notices", change, due);
        redis.opsForValue().set(first, "pending");
        redis.delete("kyodo:reminder:opportunity-" + change + ":" + WAITING);

        reminders.runOnce();
        settle();
        assertThat(LINE.requests(LineApiMock.PUSH)).as("not before the pushes at hand are surely done").hasSize(2);
        BroadcastTestConfiguration.CLOCK.advance(Duration.ofMinutes(6));
        reminders.runOnce();

        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.requests(LineApiMock.PUSH).size() == 4);
        assertThat(Set.copyOf(LINE.requests(LineApiMock.PUSH).stream().map(r -> r.getHeader("X-Line-Retry-Key"))
                .toList())).as("sent again under the keys of the first time, which LINE answers with 409").hasSize(2);
        assertThat(LINE.requests(LineApiMock.PUSH).subList(2, 4)).allSatisfy(push -> assertThat(
                push.getBodyAsString()).contains("日時が変わりました"));
        BroadcastTestConfiguration.CLOCK.advance(Duration.ofMinutes(2));
        reminders.runOnce();
        settle();
        assertThat(LINE.requests(LineApiMock.PUSH)).as("a notice sent is not offered again").hasSize(4);
    }

    /** The one push this citizen got (waiting a moment for any second one), as LINE received it. */
    private String toldOnce(String citizen) throws InterruptedException {
        await().atMost(Duration.ofSeconds(10)).until(() -> !LINE.pushesTo(citizen).isEmpty());
        settle();
        assertThat(LINE.pushesTo(citizen)).hasSize(1);
        return json.readTree(LINE.pushesTo(citizen).get(0)).get("messages").get(0).get("text").asString();
    }

    private static void settle() throws InterruptedException {
        Thread.sleep(300);
    }

    private static String request(String title, String start, String place) {
        return """
                {"kind": "volunteer", "title": "%s", "category": "environment", "district": "中央東",
                 "place": "%s", "start": "%s:00+09:00", "end": "2027-03-%sT11:00:00+09:00", "capacity": 1}"""
                .formatted(title, place, start, start.substring(8, 10));
    }

    /** The activity as the console's form posts it, moved to {@code start} and {@code place}. */
    private static Map<String, String> form(String start, String place, String csrf, boolean quiet) {
        Map<String, String> fields = new HashMap<>(Map.of("kind", "volunteer", "title", TITLE,
                "category", "environment", "district", "中央東", "place", place, "start", start,
                "end", "2027-03-06T11:00", "capacity", "1", "department", "環境保全課", "_csrf", csrf));
        if (quiet) {
            fields.put("quiet", "true");
        }
        return fields;
    }
}

package jp.miyazaki.kyodo.broadcast;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.citizen.FollowStatus;
import jp.miyazaki.kyodo.session.RedisSettings;
import jp.miyazaki.kyodo.shared.LineLimits;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Broadcasts through the whole app: the staff API, the job in Redis, and multicasts at WireMock standing in for
 * LINE, every request checked against LINE's OpenAPI document.
 */
@Import(BroadcastTestConfiguration.class)
@TestPropertySource(properties = {"kyodo.broadcast.poll-interval=100ms", "kyodo.broadcast.lock-lease=3s",
        "kyodo.admin.login-throttling.base-delay=30s"})
class BroadcastIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private FollowStatus follows;

    @Autowired
    private CitizenLanguage languages;

    @Autowired
    private RedisSettings settings;

    @Autowired
    private JsonMapper json;

    private AdminApi staff;

    @BeforeEach
    void staffMemberAndNoon() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        staff = AdminApi.basic(port, "hinata", PASSWORD);
    }

    @Test
    void reachesExactlyTheSegmentInBatchesOfAtMost500AndSkipsUnfollowedCitizens() {
        List<String> environment = users(1, 1_213);
        List<String> unfollowed = environment.subList(1_203, 1_213);
        unfollowed.forEach(user -> follows.unfollowed(user, Instant.now()));
        subscribe(environment, "environment", "aoshima");
        subscribe(users(2, 40), "welfare", "aoshima");

        String id = create("""
                {"text": "青島で海岸清掃を行います。ご参加をお待ちしています。",
                 "segment": {"categories": ["environment"], "districts": []}}""");

        JsonNode done = awaitStatus(id, "done");
        List<LoggedRequest> multicasts = LINE.requests(LineApiMock.MULTICAST);
        assertThat(multicasts).hasSize(3);
        assertThat(multicasts.stream().map(request -> recipients(request).size()).sorted().toList())
                .containsExactly(203, 500, 500);
        List<String> reached = multicasts.stream().flatMap(request -> recipients(request).stream()).toList();
        assertThat(reached).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(environment.subList(0, 1_203));
        assertThat(multicasts.stream().map(request -> request.getHeader("X-Line-Retry-Key")).distinct())
                .hasSize(3);
        assertThat(multicasts.get(0).getBodyAsString()).contains("青島で海岸清掃を行います");
        assertThat(done.get("recipients").asLong()).isEqualTo(1_203);
        assertThat(done.get("sent").asLong()).isEqualTo(1_203);
        assertThat(done.get("skipped").asLong()).isEqualTo(10);
        assertThat(done.get("failed").asLong()).isZero();
        assertThat(done.get("batches").asInt()).isEqualTo(3);
        assertThat(redis.getExpire(settings.keyPrefix() + "{broadcast}:" + id + ":batch:2"))
                .as("recipients forgotten a day after the job").isBetween(1L, 86_400L);
    }

    @Test
    void anEmptySegmentReachesEveryoneWhoAcceptedNotices() {
        subscribe(users(1, 3), "environment", "aoshima");
        subscribe(users(2, 2), "welfare", "sadowara");

        awaitStatus(create("{\"text\": \"年末年始の窓口のお知らせです。\"}"), "done");

        assertThat(LINE.requests(LineApiMock.MULTICAST)).hasSize(1);
        assertThat(recipients(LINE.requests(LineApiMock.MULTICAST).get(0))).hasSize(5);
    }

    @Test
    void previewCountsTheSegmentWithoutSendingAnything() {
        subscribe(users(1, 7), "environment", "aoshima");
        subscribe(users(3, 4), "children", "sadowara");

        HttpResponse<String> preview = staff.post("/api/admin/broadcasts/preview",
                "{\"categories\": [\"environment\", \"children\"], \"districts\": [\"sadowara\"]}");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(read(preview).get("recipients").asLong()).isEqualTo(4);
        assertThat(LINE.requests(LineApiMock.MULTICAST)).isEmpty();
    }

    @Test
    void citizensWhoReadEnglishGetTheEnglishTextAndEveryoneElseTheJapanese() {
        List<String> citizens = users(3, 5);
        String choseEnglish = citizens.get(0);
        String englishProfile = citizens.get(1);
        String easyJapanese = citizens.get(2);
        String japaneseProfile = citizens.get(3);
        String notKnown = citizens.get(4);
        languages.choose(choseEnglish, CitizenLanguage.ENGLISH);
        languages.profileSays(englishProfile, "en-US", Instant.now());
        languages.choose(easyJapanese, CitizenLanguage.EASY_JAPANESE);
        languages.profileSays(japaneseProfile, "ja", Instant.now());
        subscribe(citizens, "environment", "aoshima");

        JsonNode preview = read(staff.post("/api/admin/broadcasts/preview",
                "{\"categories\": [\"environment\"], \"districts\": []}"));
        JsonNode done = awaitStatus(create("""
                {"text": "青島で海岸清掃を行います。", "englishText": "We will clean Aoshima Beach. Please join us.",
                 "segment": {"categories": ["environment"], "districts": []}}"""), "done");

        assertThat(preview.get("recipients").asLong()).isEqualTo(5);
        assertThat(preview.get("japanese").asLong()).isEqualTo(3);
        assertThat(preview.get("english").asLong()).isEqualTo(2);
        List<LoggedRequest> multicasts = LINE.requests(LineApiMock.MULTICAST);
        assertThat(multicasts).hasSize(2);
        LoggedRequest english = multicasts.stream()
                .filter(request -> request.getBodyAsString().contains("We will clean Aoshima Beach")).findFirst()
                .orElseThrow();
        LoggedRequest japanese = multicasts.stream()
                .filter(request -> request.getBodyAsString().contains("青島で海岸清掃を行います")).findFirst()
                .orElseThrow();
        assertThat(recipients(english)).containsExactlyInAnyOrder(choseEnglish, englishProfile);
        assertThat(english.getBodyAsString()).doesNotContain("青島で海岸清掃");
        assertThat(recipients(japanese)).containsExactlyInAnyOrder(easyJapanese, japaneseProfile, notKnown);
        assertThat(japanese.getBodyAsString()).doesNotContain("Aoshima Beach");
        assertThat(english.getHeader("X-Line-Retry-Key")).isNotEqualTo(japanese.getHeader("X-Line-Retry-Key"));
        assertThat(done.get("englishText").asString()).isEqualTo("We will clean Aoshima Beach. Please join us.");
        assertThat(done.get("sent").asLong()).isEqualTo(5);
        assertThat(done.get("batches").asInt()).isEqualTo(2);
    }

    @Test
    void withoutAnEnglishTextCitizensWhoReadEnglishGetTheJapaneseWithEveryoneElse() {
        List<String> citizens = users(4, 3);
        languages.choose(citizens.get(0), CitizenLanguage.ENGLISH);
        subscribe(citizens, "environment", "aoshima");

        JsonNode done = awaitStatus(create("{\"text\": \"年末年始の窓口のお知らせです。\"}"), "done");

        assertThat(LINE.requests(LineApiMock.MULTICAST)).singleElement().satisfies(multicast -> {
            assertThat(recipients(multicast)).containsExactlyInAnyOrderElementsOf(citizens);
            assertThat(multicast.getBodyAsString()).contains("年末年始の窓口のお知らせです。");
        });
        assertThat(done.hasNonNull("englishText")).isFalse();
    }

    @Test
    void refusesAnEnglishTextOverLinesTextLimitWithProblemDetails() {
        subscribe(users(1, 2), "environment", "aoshima");

        HttpResponse<String> tooLong = staff.post("/api/admin/broadcasts", "{\"text\": \"お知らせです。\", "
                + "\"englishText\": \"" + "a".repeat(LineLimits.TEXT_LENGTH + 1) + "\"}");
        String longest = create("{\"text\": \"お知らせです。\", \"englishText\": \""
                + "a".repeat(LineLimits.TEXT_LENGTH) + "\"}");

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read(tooLong).get("errors").toString()).contains("englishText");
        assertThat(read(staff.get("/api/admin/broadcasts"))).singleElement()
                .satisfies(job -> assertThat(job.get("id").asString()).isEqualTo(longest));
        assertThat(status(longest).get("englishText").asString()).hasSize(LineLimits.TEXT_LENGTH);
    }

    @Test
    void retriesA5xxUnderTheSameRetryKey() {
        subscribe(users(1, 3), "environment", "aoshima");
        LINE.stub(post(urlPathEqualTo(LineApiMock.MULTICAST)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                .willReturn(LineApiMock.json(500, "{\"message\":\"Internal error\"}")));

        JsonNode done = awaitStatus(create("{\"text\": \"お知らせです。\"}"), "done");

        List<LoggedRequest> multicasts = LINE.requests(LineApiMock.MULTICAST);
        assertThat(multicasts).hasSize(2);
        assertThat(multicasts.get(1).getHeader("X-Line-Retry-Key"))
                .isEqualTo(multicasts.get(0).getHeader("X-Line-Retry-Key"));
        assertThat(done.get("sent").asLong()).isEqualTo(3);
    }

    @Test
    void aSpentMonthlyQuotaFailsTheJobWithAReasonAndIsNotRetried() {
        subscribe(users(1, 1_100), "environment", "aoshima");
        LINE.stub(post(urlPathEqualTo(LineApiMock.MULTICAST)).atPriority(1)
                .willReturn(LineApiMock.json(429, "{\"message\":\"You have reached your monthly limit.\"}")));

        JsonNode failed = awaitStatus(create("{\"text\": \"お知らせです。\"}"), "failed");

        assertThat(failed.get("reason").asString()).contains("monthly message quota")
                .contains("1100 of 1100 recipients were not reached");
        assertThat(failed.get("sent").asLong()).isZero();
        assertThat(LINE.requests(LineApiMock.MULTICAST)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aScheduledBroadcastCanBeCancelledBeforeItIsSent() throws Exception {
        subscribe(users(1, 3), "environment", "aoshima");
        String id = create("{\"text\": \"来週のお知らせです。\", \"scheduledAt\": \"2026-12-01T15:00:00+09:00\"}");
        assertThat(status(id).get("status").asString()).isEqualTo("scheduled");

        HttpResponse<String> cancelled = staff.post("/api/admin/broadcasts/" + id + "/cancel", "");
        BroadcastTestConfiguration.CLOCK.set(Instant.parse("2026-12-01T06:00:01Z"));
        Thread.sleep(400);

        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(read(cancelled).get("status").asString()).isEqualTo("cancelled");
        assertThat(LINE.requests(LineApiMock.MULTICAST)).isEmpty();
        assertThat(staff.post("/api/admin/broadcasts/" + id + "/cancel", "").statusCode()).isEqualTo(409);
        assertThat(AdminApi.basic(port, "hinata", PASSWORD).get("/api/admin/audit").body())
                .contains("broadcast.create").contains("broadcast.cancel").contains(id);
    }

    @Test
    void aNoticeAskedForInQuietHoursWaitsUntilEightUnlessUrgent() throws Exception {
        BroadcastTestConfiguration.CLOCK.set(Instant.parse("2026-12-01T13:30:00Z"));
        subscribe(users(1, 3), "environment", "aoshima");

        String waiting = create("{\"text\": \"明日の講座のお知らせです。\"}");
        Thread.sleep(400);

        assertThat(status(waiting).get("status").asString()).isEqualTo("scheduled");
        assertThat(status(waiting).get("dueAt").asString()).isEqualTo("2026-12-01T23:00:00Z");
        assertThat(LINE.requests(LineApiMock.MULTICAST)).isEmpty();

        awaitStatus(create("{\"text\": \"大雨のため避難所を開設しました。\", \"urgent\": true}"), "done");
        assertThat(LINE.requests(LineApiMock.MULTICAST)).hasSize(1);

        BroadcastTestConfiguration.CLOCK.set(Instant.parse("2026-12-01T23:00:00Z"));
        awaitStatus(waiting, "done");
        assertThat(LINE.requests(LineApiMock.MULTICAST)).hasSize(2);
    }

    @Test
    void refusesAnInvalidBroadcastWithProblemDetails() {
        HttpResponse<String> blank = staff.post("/api/admin/broadcasts", "{\"text\": \"\"}");
        HttpResponse<String> unknownOpportunity = staff.post("/api/admin/broadcasts",
                "{\"text\": \"お知らせ\", \"opportunityId\": \"op-1\"}");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(read(blank).get("errors").toString()).contains("text");
        assertThat(unknownOpportunity.statusCode()).isEqualTo(400);
        assertThat(read(unknownOpportunity).get("detail").asString()).isEqualTo("unknown opportunity");
        assertThat(staff.get("/api/admin/broadcasts/no-such-id").statusCode()).isEqualTo(404);
    }

    @Test
    void aSendTimeInThePastIsRefusedUnlessItWasAFewMinutesAgo() {
        subscribe(users(1, 3), "environment", "aoshima");

        HttpResponse<String> lastMonth = staff.post("/api/admin/broadcasts",
                "{\"text\": \"お知らせです。\", \"scheduledAt\": \"2026-11-01T10:00:00+09:00\"}");

        assertThat(lastMonth.statusCode()).isEqualTo(400);
        assertThat(read(lastMonth).get("detail").asString()).startsWith("送信日時が過ぎています。");
        assertThat(read(staff.get("/api/admin/broadcasts"))).isEmpty();
        String justNow = create("{\"text\": \"お知らせです。\", \"scheduledAt\": \"2026-12-01T11:58:00+09:00\"}");
        assertThat(status(justNow).get("dueAt").asString()).isEqualTo("2026-12-01T03:00:00Z");
    }

    @Test
    void answersOnlySignedInStaff() {
        assertThat(AdminApi.anonymous(port).post("/api/admin/broadcasts", "{\"text\": \"x\"}").statusCode())
                .isEqualTo(401);
        assertThat(AdminApi.basic(port, "hinata", "wrong password!").get("/api/admin/broadcasts").statusCode())
                .isEqualTo(401);
    }

    private String create(String body) {
        HttpResponse<String> created = staff.post("/api/admin/broadcasts", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        return read(created).get("id").asString();
    }

    private JsonNode awaitStatus(String id, String expected) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> status(id).get("status").asString().equals(expected));
        return status(id);
    }

    private JsonNode status(String id) {
        HttpResponse<String> response = staff.get("/api/admin/broadcasts/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        return read(response);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private List<String> recipients(LoggedRequest request) {
        List<String> to = new ArrayList<>();
        json.readTree(request.getBodyAsString()).get("to").forEach(node -> to.add(node.asString()));
        return to;
    }

    private void subscribe(List<String> users, String category, String district) {
        RedisAudience.subscribe(redis, settings.keyPrefix(), users, category, district);
    }

    /** LINE-shaped user ids ({@code U} and 32 hex digits), distinct per {@code group}. */
    static List<String> users(int group, int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("U%08x%024x", group, i)).toList();
    }
}

package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.UnansweredLog;
import jp.miyazaki.kyodo.nlu.UnansweredUtterance;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.signup.SignUpOutcome;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;
import jp.miyazaki.kyodo.testsupport.LineWebhookRequests;

/** The staff API end to end: catalog editing, sign-up lists, consultations, unanswered messages, dashboard. */
class AdminApiIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String CITIZEN = "U0123456789abcdef0123456789abcdef";

    @Autowired
    private StaffAccounts accounts;

    @Autowired
    private SignUps signUps;

    @Autowired
    private Consultations consultations;

    @Autowired
    private UnansweredLog unanswered;

    @Autowired
    private AuditLog audit;

    @Autowired
    private JsonMapper json;

    private AdminApi staff;

    @BeforeEach
    void staffMember() {
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "test", Instant.now());
        staff = AdminApi.basic(port, "hinata", PASSWORD);
    }

    @Test
    void staffCreateReadUpdateAndDeleteAnOpportunityAndEveryChangeIsAudited() {
        HttpResponse<String> created = staff.post("/api/admin/opportunities", opportunity("海岸清掃", 20));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = read(created).get("opportunity").get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/admin/opportunities/" + id);

        assertThat(read(staff.get("/api/admin/opportunities/" + id)).get("opportunity").get("title").asString())
                .isEqualTo("海岸清掃");
        assertThat(staff.get("/api/admin/opportunities").body()).contains(id);
        HttpResponse<String> updated = staff.put("/api/admin/opportunities/" + id, opportunity("青島の海岸清掃", 30));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(read(updated).get("opportunity").get("capacity").asInt()).isEqualTo(30);
        assertThat(staff.delete("/api/admin/opportunities/" + id).statusCode()).isEqualTo(204);
        assertThat(staff.get("/api/admin/opportunities/" + id).statusCode()).isEqualTo(404);

        assertThat(audit.latest(10)).extracting(AuditLog.AuditEntry::action)
                .containsSubsequence("opportunity.delete", "opportunity.update", "opportunity.create");
        assertThat(audit.latest(10)).allMatch(entry -> entry.actor().equals("hinata") || !entry.action()
                .startsWith("opportunity"));
    }

    @Test
    void anInvalidOpportunityIsAProblemDetailNamingEachField() {
        HttpResponse<String> invalid = staff.post("/api/admin/opportunities", """
                {"kind": "party", "title": "", "category": "environment",
                 "start": "2026-12-05T12:00:00+09:00", "end": "2026-12-05T09:00:00+09:00", "capacity": -1}""");

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(invalid).get("errors").toString()).contains("kind", "title", "capacity", "endAfterStart");
    }

    @Test
    void staffSetAndClearAnOpportunitysAttributesAndEachChangeIsAudited() {
        String withAttributes = opportunity("親子ビーチクリーン", 20).replace("\"capacity\"",
                "\"attributes\": [\"children_welcome\", \"BEGINNERS\"], \"capacity\"");
        HttpResponse<String> created = staff.post("/api/admin/opportunities", withAttributes);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = read(created).get("opportunity").get("id").asString();
        assertThat(read(staff.get("/api/admin/opportunities/" + id)).get("opportunity").get("attributes").toString())
                .isEqualTo("[\"children_welcome\",\"beginners\"]");

        HttpResponse<String> cleared = staff.put("/api/admin/opportunities/" + id, opportunity("親子ビーチクリーン", 20));

        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(read(cleared).get("opportunity").get("attributes").toString()).isEqualTo("[]");
        AuditLog.AuditEntry update = audit.latest(10).stream().filter(e -> e.action().equals("opportunity.update"))
                .findFirst().orElseThrow();
        assertThat(update.changes()).containsExactly(new AuditLog.Change("参加しやすさ", "子ども連れOK、初心者歓迎", "なし"));
    }

    @Test
    void anUnknownAttributeIsAProblemDetail() {
        HttpResponse<String> invalid = staff.post("/api/admin/opportunities", opportunity("海岸清掃", 20)
                .replace("\"capacity\"", "\"attributes\": [\"pets_welcome\"], \"capacity\""));

        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(read(invalid).get("errors").toString()).contains("knownAttributes");
        assertThat(staff.get("/api/admin/opportunities").body()).doesNotContain("pets_welcome");
    }

    @Test
    void signUpsAreNeverDroppedByLoweringTheCapacityOrDeleting() {
        String id = read(staff.post("/api/admin/opportunities", opportunity("子ども食堂", 10)))
                .get("opportunity").get("id").asString();
        assertThat(signUps.signUp(id, CITIZEN, "宮崎 花子", "090-1234-5678", 3, false).kind())
                .isEqualTo(SignUpOutcome.Kind.CONFIRMED);

        HttpResponse<String> tooSmall = staff.put("/api/admin/opportunities/" + id, opportunity("子ども食堂", 2));
        HttpResponse<String> delete = staff.delete("/api/admin/opportunities/" + id);

        assertThat(tooSmall.statusCode()).isEqualTo(409);
        assertThat(read(tooSmall).get("detail").asString()).contains("capacity 2", "3 places already taken");
        assertThat(staff.put("/api/admin/opportunities/" + id, opportunity("子ども食堂", 3)).statusCode())
                .isEqualTo(200);
        assertThat(delete.statusCode()).isEqualTo(409);
        assertThat(read(delete).get("detail").asString()).contains("1 sign-up(s) would be dropped");
        assertThat(read(staff.get("/api/admin/opportunities/" + id)).get("placesTaken").asInt()).isEqualTo(3);
    }

    @Test
    void aForcedDeleteTellsEveryoneSignedUpOnLineAndCancelsTheirSignUps() {
        String id = read(staff.post("/api/admin/opportunities", opportunity("子ども食堂", 3)))
                .get("opportunity").get("id").asString();
        String waiting = "U" + "f".repeat(32);
        signUps.signUp(id, CITIZEN, "宮崎 花子", "090-1234-5678", 3, false);
        assertThat(signUps.signUp(id, waiting, "日向 太郎", "090-8765-4321", 1, true).kind())
                .isEqualTo(SignUpOutcome.Kind.WAITLISTED);

        HttpResponse<String> deleted = staff.delete("/api/admin/opportunities/" + id + "?force=true");

        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(read(deleted).get("signUpsCancelled").asInt()).isEqualTo(2);
        assertThat(read(deleted).get("citizensTold").asInt()).isEqualTo(2);
        assertThat(staff.get("/api/admin/opportunities/" + id).statusCode()).isEqualTo(404);
        assertThat(signUps.ofUser(CITIZEN)).isEmpty();
        assertThat(signUps.ofUser(waiting)).isEmpty();
        // Once each as LINE counts it: a push retried on a slow machine carries the same retry key, which LINE
        // delivers once.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .until(() -> LINE.requests(LineApiMock.PUSH).stream().map(this::recipient).distinct().count() == 2);
        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).extracting(this::recipient).containsOnly(CITIZEN, waiting);
        assertThat(pushes.stream().collect(Collectors.groupingBy(this::recipient,
                Collectors.mapping(request -> request.getHeader("X-Line-Retry-Key"), Collectors.toSet()))))
                .allSatisfy((citizen, retryKeys) -> assertThat(retryKeys).singleElement().isNotNull());
        assertThat(pushes).allSatisfy(request -> assertThat(request.getBodyAsString()).contains("子ども食堂", "中止"));
        assertThat(audit.latest(1).get(0).detail()).isEqualTo("申し込み2件を取り消し、2人にLINEでお知らせ");
    }

    @Test
    void signUpsDownloadAsJsonOrAsCsvThatExcelOpensInJapanese() {
        String id = read(staff.post("/api/admin/opportunities", opportunity("清掃", 10)))
                .get("opportunity").get("id").asString();
        signUps.signUp(id, CITIZEN, "宮崎, \"はなこ\"", "=1+1", 2, false);

        HttpResponse<String> asJson = staff.get("/api/admin/opportunities/" + id + "/signups");
        HttpResponse<byte[]> asCsv = staff.getBytes("/api/admin/opportunities/" + id + "/signups", "text/csv");

        assertThat(read(asJson).get(0).get("people").asInt()).isEqualTo(2);
        assertThat(asJson.body()).doesNotContain(CITIZEN);
        assertThat(asCsv.statusCode()).isEqualTo(200);
        assertThat(asCsv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(asCsv.headers().firstValue("Content-Disposition")).hasValueSatisfying(value ->
                assertThat(value).contains("attachment", "signups-" + id + ".csv"));
        byte[] bytes = asCsv.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).isEqualTo("受付番号,氏名,連絡先,人数,状態,申込日時");
        assertThat(lines[1]).matches("\"S\\d+\",\"宮崎, \"\"はなこ\"\"\",\"'=1\\+1\",\"2\",\"確定\","
                + "\"\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\"");
        assertThat(lines).hasSize(2);
        assertThat(audit.latest(1).get(0).action()).isEqualTo("signups.export");
        assertThat(staff.getBytes("/api/admin/opportunities/nope/signups", "text/csv").statusCode()).isEqualTo(404);
    }

    @Test
    void grantsAndFacilitiesAreEditedLikeOpportunities() {
        HttpResponse<String> grant = staff.post("/api/admin/grants", """
                {"name": "地域づくり応援補助金", "purpose": "地域の課題に取り組む団体を応援します",
                 "categories": ["community"], "amount": "上限20万円", "deadline": "2027-01-31",
                 "url": "https://www.city.miyazaki.miyazaki.jp/"}""");
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);
        String grantId = read(grant).get("id").asString();
        HttpResponse<String> changed = staff.put("/api/admin/grants/" + grantId, """
                {"name": "地域づくり応援補助金", "categories": ["community"], "deadline": "2027-02-15"}""");
        assertThat(read(changed).get("deadline").asString()).isEqualTo("2027-02-15");
        assertThat(staff.post("/api/admin/grants", "{\"name\": \"x\", \"categories\": [\"nope\"]}").body())
                .contains("deadline", "categories");
        assertThat(staff.delete("/api/admin/grants/" + grantId).statusCode()).isEqualTo(204);
        assertThat(staff.get("/api/admin/grants/" + grantId).statusCode()).isEqualTo(404);

        HttpResponse<String> facility = staff.post("/api/admin/facilities", """
                {"name": "青島地区交流センター", "kind": "交流センター", "district": "青島",
                 "rooms": ["会議室"], "phone": "0985-00-0000"}""");
        assertThat(facility.statusCode()).as(facility.body()).isEqualTo(201);
        String facilityId = read(facility).get("id").asString();
        assertThat(staff.get("/api/admin/facilities").body()).contains(facilityId);
        assertThat(staff.put("/api/admin/facilities/" + facilityId, """
                {"name": "青島地区交流センター", "kind": "交流センター", "hours": "9:00〜21:00"}""").body())
                .contains("9:00〜21:00");
        assertThat(staff.delete("/api/admin/facilities/" + facilityId).statusCode()).isEqualTo(204);
        assertThat(audit.latest(20)).extracting(AuditLog.AuditEntry::action)
                .contains("grant.create", "grant.update", "grant.delete", "facility.create", "facility.update",
                        "facility.delete");
    }

    @Test
    void aConsultationIsAssignedAnsweredOnLineByPushAndClosed() {
        Consultation asked = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING, "会計の付け方を知りたいです",
                "LINE", "");

        assertThat(staff.get("/api/admin/consultations?status=new").body()).contains(asked.id());
        HttpResponse<String> bogus = staff.get("/api/admin/consultations?status=bogus");
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(read(bogus).get("errors").toString()).contains("status");
        assertThat(staff.post("/api/admin/consultations/" + asked.id() + "/assign", "{\"assignee\": \"nobody\"}")
                .statusCode()).isEqualTo(422);
        HttpResponse<String> assigned = staff.post("/api/admin/consultations/" + asked.id() + "/assign",
                "{\"assignee\": \"hinata\"}");
        assertThat(read(assigned).get("status").asString()).isEqualTo("assigned");
        assertThat(read(assigned).get("assignee").asString()).isEqualTo("hinata");
        assertThat(assigned.body()).doesNotContain(CITIZEN);

        HttpResponse<String> replied = staff.post("/api/admin/consultations/" + asked.id() + "/reply",
                "{\"text\": \"出納帳の書き方をお送りします。\"}");

        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        assertThat(read(replied).get("status").asString()).isEqualTo("answered");
        List<LoggedRequest> pushes = LINE.requests(LineApiMock.PUSH);
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).getHeader("X-Line-Retry-Key")).isNotBlank();
        JsonNode push = json.readTree(pushes.get(0).getBodyAsString());
        assertThat(push.get("to").asString()).isEqualTo(CITIZEN);
        assertThat(push.get("messages").get(0).get("text").asString())
                .contains(asked.id(), "出納帳の書き方をお送りします。");

        assertThat(read(staff.post("/api/admin/consultations/" + asked.id() + "/close", "{}")).get("status")
                .asString()).isEqualTo("closed");
        assertThat(staff.post("/api/admin/consultations/" + asked.id() + "/reply", "{\"text\": \"追伸\"}")
                .statusCode()).isEqualTo(409);
        assertThat(staff.post("/api/admin/consultations/" + asked.id() + "/reply", "{\"text\": \"\"}")
                .statusCode()).isEqualTo(400);
        assertThat(audit.latest(10)).extracting(AuditLog.AuditEntry::action)
                .containsSubsequence("consultation.close", "consultation.reply", "consultation.assign");
    }

    @Test
    void unansweredMessagesComeGroupedBySimilarWording() {
        Instant now = Instant.now();
        unanswered.record(new UnansweredUtterance("市役所の駐車場は無料ですか", List.of(new IntentScore("facility.search",
                0.2)), now.minusSeconds(30)));
        unanswered.record(new UnansweredUtterance("粗大ごみの出し方を教えて", List.of(new IntentScore("faq", 0.3)),
                now.minusSeconds(20)));
        unanswered.record(new UnansweredUtterance("粗大ごみの出し方を教えてください", List.of(new IntentScore("faq",
                0.3)), now.minusSeconds(10)));

        JsonNode report = read(staff.get("/api/admin/unanswered"));

        assertThat(report.get("messages").asInt()).isEqualTo(3);
        assertThat(report.get("groups")).hasSize(2);
        JsonNode first = report.get("groups").get(0);
        assertThat(first.get("count").asInt()).isEqualTo(2);
        assertThat(first.get("examples").toString()).contains("粗大ごみの出し方を教えてください");
        assertThat(first.get("topIntents").get(0).asString()).isEqualTo("faq");
    }

    @Test
    void theDashboardCountsFriendsMessagesAndSignUpsThisWeek() {
        long at = System.currentTimeMillis();
        deliverSigned(LineWebhookRequests.batch(LineWebhookRequests.follow(CITIZEN, at),
                LineWebhookRequests.text(CITIZEN, "週末のボランティアを探しています", at + 1)));
        String id = read(staff.post("/api/admin/opportunities", opportunity("清掃", 10)))
                .get("opportunity").get("id").asString();
        signUps.signUp(id, CITIZEN, "宮崎 花子", "090-1234-5678", 1, false);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                read(staff.get("/api/admin/dashboard")).get("messagesPerDay").toString().contains(":2"));
        JsonNode dashboard = read(staff.get("/api/admin/dashboard"));

        LocalDate today = LocalDate.now(CityTime.ZONE);
        assertThat(dashboard.get("friends").asLong()).isEqualTo(1);
        assertThat(dashboard.get("activeCitizensThisWeek").asLong()).isEqualTo(1);
        assertThat(dashboard.get("messagesPerDay")).hasSize(14);
        assertThat(dashboard.get("messagesPerDay").get(today.toString()).asLong()).isEqualTo(2);
        assertThat(dashboard.get("topIntentsThisWeek").size()).isEqualTo(1);
        assertThat(dashboard.get("signUpsThisWeek").asLong()).isEqualTo(1);
        assertThat(redis.keys("kyodo:stats:*")).allMatch(key -> !key.contains(CITIZEN));
    }

    private static String opportunity(String title, int capacity) {
        return """
                {"kind": "volunteer", "title": "%s", "description": "どなたでも参加できます", "category": "environment",
                 "district": "青島", "place": "青島海水浴場", "start": "2027-03-06T09:00:00+09:00",
                 "end": "2027-03-06T11:00:00+09:00", "capacity": %d, "organiser": "青島地区まちづくり推進委員会",
                 "contact": "0985-00-0000"}""".formatted(title, capacity);
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private String recipient(LoggedRequest push) {
        return json.readTree(push.getBodyAsString()).get("to").asString();
    }
}

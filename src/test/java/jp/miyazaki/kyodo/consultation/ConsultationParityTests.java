package jp.miyazaki.kyodo.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.AuditLog.AuditEntry;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.AuditTrail;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The admin API and the console answer, assign and close consultations through the same services: the same
 * action on two alike consultations, once through each, is refused alike (nothing changed, audited or sent) or,
 * when made, audited with the same entry and sent to the citizen alike.
 */
class ConsultationParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "parity staff password";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private Consultations consultations;
    @Autowired
    private AuditLog audit;

    private AdminApi api;
    private ConsoleSession console;
    private Consultation viaApi;
    private Consultation viaConsole;

    @BeforeEach
    void twoAlikeConsultations() {
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
        accounts.create("aoi", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
        api = AdminApi.basic(port, "hinata", PASSWORD);
        console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        viaApi = consultations.create("U" + "a".repeat(32), ConsultationTopic.ACCOUNTING, "決算の相談", "LINE", "");
        viaConsole = consultations.create("U" + "b".repeat(32), ConsultationTopic.ACCOUNTING, "決算の相談", "LINE", "");
    }

    @Test
    void anUnknownOrBlankColleagueIsRefusedByBothAndAnAssignmentAuditedAlike() {
        for (String nobody : List.of("nobody", "")) {
            HttpResponse<String> apiRefused = api.post("/api/admin/consultations/" + viaApi.id() + "/assign",
                    "{\"assignee\": \"" + nobody + "\"}");
            console.postForm("/admin/consultations/" + viaConsole.id() + "/assign",
                    Map.of("assignee", nobody, "_csrf", csrf()));

            assertThat(apiRefused.statusCode()).as(nobody).isEqualTo(422);
            assertThat(console.get("/admin/consultations/" + viaConsole.id()).body())
                    .contains("担当を変えられませんでした（担当者を一覧から選んでください）");
        }
        assertThat(actions()).doesNotContain("consultation.assign");
        assertThat(List.of(viaApi, viaConsole)).allSatisfy(c -> assertThat(consultations.find(c.id()).orElseThrow()
                .assignee()).isNull());

        assertThat(api.post("/api/admin/consultations/" + viaApi.id() + "/assign", "{\"assignee\": \"aoi\"}")
                .statusCode()).isEqualTo(200);
        console.postForm("/admin/consultations/" + viaConsole.id() + "/assign", Map.of("assignee", "aoi", "_csrf",
                csrf()));
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body()).contains("の担当を aoi さんにしました。");

        assertSameEntry(last(viaApi, "consultation.assign"), last(viaConsole, "consultation.assign"), null,
                new AuditLog.Change("担当", "なし", "aoi"));
    }

    @Test
    void anEmptyAnswerAndAnAnswerToAClosedConsultationAreRefusedByBothAndAnswersAuditedAndSentAlike() {
        HttpResponse<String> apiEmpty = api.post("/api/admin/consultations/" + viaApi.id() + "/reply",
                "{\"text\": \"   \"}");
        console.postForm("/admin/consultations/" + viaConsole.id() + "/reply", Map.of("text", "   ", "_csrf", csrf()));

        assertThat(apiEmpty.statusCode()).isEqualTo(400);
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body()).contains("回答を入力してください");

        // 300 characters outside the Basic Multilingual Plane: 600 UTF-16 units, yet within the 500 a citizen reads.
        String longButAllowed = "𠮷".repeat(300);
        assertThat(api.post("/api/admin/consultations/" + viaApi.id() + "/reply",
                "{\"text\": \"" + longButAllowed + "\"}").statusCode()).isEqualTo(200);
        console.postForm("/admin/consultations/" + viaConsole.id() + "/reply",
                Map.of("text", longButAllowed, "_csrf", csrf()));
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body()).contains("の相談者にLINEで回答を届けました。");

        assertSameEntry(last(viaApi, "consultation.reply"), last(viaConsole, "consultation.reply"),
                "回答（" + longButAllowed.length() + "文字）をLINEで送信", null);
        for (Consultation c : List.of(viaApi, viaConsole)) {
            assertThat(consultations.find(c.id()).orElseThrow().status()).isEqualTo(ConsultationStatus.ANSWERED);
            assertThat(LINE.pushesTo(c.userId())).singleElement().satisfies(push -> assertThat(push)
                    .contains(c.id(), "\\uD842\\uDFB7".repeat(300)));
        }

        assertThat(api.post("/api/admin/consultations/" + viaApi.id() + "/close", "{}").statusCode()).isEqualTo(200);
        console.postForm("/admin/consultations/" + viaConsole.id() + "/status", Map.of("status", "CLOSED", "_csrf",
                csrf()));
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body()).contains("を「完了」にしました。");
        assertSameEntry(last(viaApi, "consultation.close"), last(viaConsole, "consultation.close"), null,
                new AuditLog.Change("状態", ConsultationStatus.ANSWERED.label(), ConsultationStatus.CLOSED.label()));
        int replies = (int) actions().stream().filter("consultation.reply"::equals).count();

        HttpResponse<String> apiClosed = api.post("/api/admin/consultations/" + viaApi.id() + "/reply",
                "{\"text\": \"追伸です\"}");
        HttpResponse<String> consoleClosed = console.postForm("/admin/consultations/" + viaConsole.id() + "/reply",
                Map.of("text", "追伸です", "_csrf", csrf()));

        assertThat(apiClosed.statusCode()).isEqualTo(409);
        assertThat(consoleClosed.statusCode()).as("back to the consultation, whose page has no answer box now")
                .isEqualTo(302);
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body()).contains("完了した相談です")
                .doesNotContain("追伸です");
        assertThat(actions().stream().filter("consultation.reply"::equals).count()).isEqualTo(replies);
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(2);
    }

    private String csrf() {
        return ConsoleSession.csrf(console.get("/admin/consultations").body());
    }

    private List<String> actions() {
        return audit.latest(100).stream().map(AuditEntry::action).toList();
    }

    private AuditEntry last(Consultation c, String action) {
        return new AuditTrail(audit).lastFor(c.id(), action);
    }

    private static void assertSameEntry(AuditEntry api, AuditEntry console, String detail, AuditLog.Change change) {
        AuditTrail.assertSameEntry(api, console, "hinata", api.action(), detail);
        assertThat(api.targetName()).isEqualTo("相談 " + api.target());
        if (change != null) {
            assertThat(List.of(api, console)).allSatisfy(entry -> assertThat(entry.changes()).containsExactly(change));
        }
    }
}

package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.OpportunityAttribute;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.citizen.CitizenLanguage;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.group.Recruitment;
import jp.miyazaki.kyodo.group.RecruitmentReview;
import jp.miyazaki.kyodo.group.RecruitmentStatus;
import jp.miyazaki.kyodo.group.Recruitments;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.subscription.Subscriptions;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/** The console over HTTP: who gets in, CSRF on every change, and every change in the audit log. */
@Import(NoonInMiyazaki.class)
class ConsoleIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "console staff password";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;
    @Autowired
    private Consultations consultations;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;
    @Autowired
    private Subscriptions subscriptions;
    @Autowired
    private Recruitments recruitments;
    @Autowired
    private RecruitmentReview review;
    @Autowired
    private CitizenLanguage languages;
    @Autowired
    private JsonMapper json;

    @BeforeEach
    void staffMember() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        // The department of opp-001 and opp-002, which these tests edit and delete.
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
    }

    @Test
    void everyPageSendsAnonymousVisitorsToSignIn() {
        ConsoleSession anonymous = new ConsoleSession(port);
        for (String path : List.of("/admin", "/admin/opportunities", "/admin/opportunities/new", "/admin/grants",
                "/admin/facilities", "/admin/consultations", "/admin/broadcasts", "/admin/broadcasts/new",
                "/admin/audit", "/admin/rich-menu", "/admin/rich-menu/image.png",
                "/admin/opportunities/opp-001/signups", "/admin/opportunities/opp-001/signups.csv")) {
            HttpResponse<String> page = anonymous.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/admin/login"));
        }
    }

    @Test
    void everyPageRendersForSignedInStaff() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        Map<String, String> expected = Map.of("/admin", "ダッシュボード", "/admin/opportunities", "海岸",
                "/admin/grants", "補助金", "/admin/facilities", "公民館", "/admin/consultations", "相談",
                "/admin/broadcasts", "配信", "/admin/broadcasts/new", "届く人数", "/admin/audit", "操作履歴",
                "/admin/rich-menu", "申し込み状況", "/admin/opportunities/opp-001/edit", "保存");
        expected.forEach((path, text) -> {
            HttpResponse<String> page = staff.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains(text);
        });
    }

    @Test
    void aSendTimeInThePastIsRefusedOnTheFormAndAFewMinutesAgoMeansNow() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        subscriptions.follow("U" + "a".repeat(32), List.of(Category.ENVIRONMENT), List.of());
        String token = ConsoleSession.csrf(staff.get("/admin/broadcasts/new").body());
        Map<String, String> lastMonth = Map.of("text", "清掃のお知らせです。", "scheduledAt", "2026-11-01T10:00",
                "_csrf", token);

        HttpResponse<String> confirm = staff.postForm("/admin/broadcasts/confirm", lastMonth);
        HttpResponse<String> send = staff.postForm("/admin/broadcasts/new", lastMonth);
        HttpResponse<String> justNow = staff.postForm("/admin/broadcasts/confirm", Map.of("text", "清掃のお知らせです。",
                "scheduledAt", "2026-12-01T11:58", "_csrf", token));

        for (HttpResponse<String> refused : List.of(confirm, send)) {
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("送信日時が過ぎています。", "清掃のお知らせです。")
                    .doesNotContain("confirm-send");
        }
        assertThat(staff.get("/admin/broadcasts").body()).contains("まだ配信はありません。");
        assertThat(justNow.body()).contains("confirm-send").doesNotContain("送信日時が過ぎています。");
    }

    @Test
    void aSimilarActivityWithoutAnOrganiserShowsItsDateAloneOnTheRecruitmentPage() {
        recruitments.save(new Recruitment("R00009", "GRP-2", "子ども食堂の配膳ボランティア", LocalDate.of(2026, 12, 20),
                LocalTime.of(10, 0), LocalTime.of(13, 0), "檍地区交流センター", 6, "配膳と片付けをお願いします。",
                RecruitmentStatus.PENDING, Instant.now(), null, null));
        Opportunity published = review.asOpportunity(recruitments.find("R00009").orElseThrow()).orElseThrow();
        catalog.save(new Opportunity("opp-no-organiser", published.kind(), published.title(), published.description(),
                published.category(), published.district(), published.place(), published.start(), published.end(),
                published.capacity(), null, null, false));

        String page = ConsoleSession.signedIn(port, "hinata", PASSWORD).get("/admin/recruitments/R00009").body();

        assertThat(page).contains("（<span>2026/12/20</span>）").doesNotContain("<span></span>、");
    }

    @Test
    void aScheduledBroadcastShowsItsTimeAsTheConsoleDoesAndNoCountsBeforeItIsSent() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        subscriptions.follow("U" + "a".repeat(32), List.of(Category.ENVIRONMENT), List.of());
        HttpResponse<String> scheduled = AdminApi.basic(port, "hinata", PASSWORD).post("/api/admin/broadcasts",
                "{\"text\": \"清掃のお知らせです。\", \"scheduledAt\": \"2026-12-02T16:14:00+09:00\"}");
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(202);
        String id = scheduled.headers().firstValue("Location").orElseThrow().replaceFirst(".*/", "");

        String page = staff.get("/admin/broadcasts/" + id).body();
        String list = staff.get("/admin/broadcasts").body();
        String composer = staff.get("/admin/broadcasts/new").body();

        assertThat(page).contains("<dd id=\"job-due\">2026/12/2(水) 16:14</dd>", "id=\"job-sent\">—</span>");
        assertThat(list).contains("<td data-label=\"送信/対象\">—</td>").doesNotContain("0 / 0");
        Opportunity card = catalog.findOpportunity("opp-001").orElseThrow();
        assertThat(composer).contains(">" + card.title() + "（" + card.start().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyy/M/d(E)", java.util.Locale.JAPAN)) + "）</option>");
    }

    @Test
    void theComposerCountsWhoReadsEachTextAndTheConfirmationCarriesTheEnglishOne() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String english = "U" + "e".repeat(32);
        languages.choose(english, CitizenLanguage.ENGLISH);
        subscriptions.follow(english, List.of(Category.ENVIRONMENT), List.of());
        subscriptions.follow("U" + "f".repeat(32), List.of(Category.ENVIRONMENT), List.of());
        subscriptions.follow("U" + "9".repeat(32), List.of(Category.ENVIRONMENT), List.of());
        String composer = staff.get("/admin/broadcasts/new").body();
        String token = ConsoleSession.csrf(composer);

        HttpResponse<String> count = staff.postJson("/admin/broadcasts/count",
                "{\"categories\": [\"environment\"], \"districts\": []}", token);
        Map<String, String> draft = Map.of("text", "海岸清掃のお知らせです。", "englishText", "Beach cleanup this Saturday.",
                "categories", "environment", "_csrf", token);
        String confirmation = staff.postForm("/admin/broadcasts/confirm", draft).body();
        HttpResponse<String> sent = staff.postForm("/admin/broadcasts/new", draft);

        assertThat(composer).contains("英語の本文（任意） <textarea name=\"englishText\" id=\"english-text\"",
                "aria-describedby=\"english-text-hint\"", "<span id=\"recipient-languages\"></span>");
        assertThat(count.body()).isEqualTo("{\"recipients\":3,\"japanese\":2,\"english\":1}");
        assertThat(confirmation).contains("<span id=\"confirm-languages\">（日本語 2・English 1）</span>",
                "id=\"confirm-english\" lang=\"en\">Beach cleanup this Saturday.</div>",
                "<input type=\"hidden\" name=\"englishText\" value=\"Beach cleanup this Saturday.\">",
                "3人に配信する");
        assertThat(sent.statusCode()).isEqualTo(302);
        String status = staff.get(sent.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(status).contains("id=\"job-english\" lang=\"en\">Beach cleanup this Saturday.</div>");
    }

    @Test
    void aComposerDraftWhoseEnglishTextIsOverLinesLimitGoesBackWithTheReason() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        subscriptions.follow("U" + "e".repeat(32), List.of(Category.ENVIRONMENT), List.of());
        String token = ConsoleSession.csrf(staff.get("/admin/broadcasts/new").body());

        String refused = staff.postForm("/admin/broadcasts/confirm", Map.of("text", "お知らせです。",
                "englishText", "a".repeat(5_001), "_csrf", token)).body();

        assertThat(refused).contains("英語の本文は5000文字までにしてください。").doesNotContain("confirm-send");
    }

    @Test
    void consultationsShowTheCitizensLanguageSoStaffKnowToAnswerInEnglish() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        AdminApi api = AdminApi.basic(port, "hinata", PASSWORD);
        String englishReader = "U" + "7".repeat(32);
        languages.profileSays(englishReader, "en-GB", Instant.now());
        Consultation inEnglish = consultations.create(englishReader, ConsultationTopic.ACCOUNTING,
                "How do we close our accounts?", "LINE", "");
        Consultation inJapanese = consultations.create("U" + "8".repeat(32), ConsultationTopic.ACCOUNTING,
                "会計の締め方を教えてください", "LINE", "");

        String list = staff.get("/admin/consultations").body();
        String detail = staff.get("/admin/consultations/" + inEnglish.id()).body();
        JsonNode listed = json.readTree(api.get("/api/admin/consultations").body());
        JsonNode one = json.readTree(api.get("/api/admin/consultations/" + inEnglish.id()).body());

        assertThat(list).contains("<th>言語</th>");
        assertThat(row(list, inEnglish.id())).contains("<span class=\"language tag\" lang=\"en\">English</span>");
        assertThat(row(list, inJapanese.id())).contains("<span class=\"language\">日本語</span>");
        assertThat(detail).contains("<dt>相談者の言語</dt>", "lang=\"en\">English</span>", "英語で回答してください");
        assertThat(one.get("language").asString()).isEqualTo("en");
        Map<String, String> languageById = new HashMap<>();
        listed.forEach(view -> languageById.put(view.get("id").asString(), view.get("language").asString()));
        assertThat(languageById).containsEntry(inEnglish.id(), "en").containsEntry(inJapanese.id(), "ja");
    }

    @Test
    void theDashboardCountsTheCitizensWhoAcceptedNoticesPerLanguage() {
        String[] citizens = {"U" + "1".repeat(32), "U" + "2".repeat(32), "U" + "3".repeat(32), "U" + "4".repeat(32),
                "U" + "5".repeat(32)};
        languages.choose(citizens[0], CitizenLanguage.ENGLISH);
        languages.profileSays(citizens[1], "en-US", Instant.now());
        languages.choose(citizens[2], CitizenLanguage.EASY_JAPANESE);
        languages.profileSays(citizens[3], "ja", Instant.now());
        for (String citizen : citizens) {
            subscriptions.follow(citizen, List.of(), List.of());
        }

        String dashboard = ConsoleSession.signedIn(port, "hinata", PASSWORD).get("/admin").body();
        JsonNode api = json.readTree(AdminApi.basic(port, "hinata", PASSWORD).get("/api/admin/dashboard").body());

        assertThat(bar(dashboard, "ja")).contains(">日本語</span>", "<span class=\"count\">1</span>");
        assertThat(bar(dashboard, "en")).contains(">English</span>", "<span class=\"count\">2</span>");
        assertThat(bar(dashboard, "ja-easy")).contains(">やさしい日本語</span>", "<span class=\"count\">1</span>");
        assertThat(bar(dashboard, "unknown")).contains(">不明</span>", "<span class=\"count\">1</span>");
        assertThat(api.get("subscribersPerLanguage").toString())
                .isEqualTo("{\"ja\":1,\"en\":2,\"ja-easy\":1,\"unknown\":1}");
    }

    /** The inbox row of one consultation. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"consultation-" + id + "\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** The dashboard's bar of one language. */
    private static String bar(String page, String language) {
        int start = page.indexOf("id=\"language-" + language + "\"");
        assertThat(start).as(language).isPositive();
        return page.substring(start, page.indexOf("</div>", start));
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        subscriptions.follow("U" + "a".repeat(32), List.of(Category.ENVIRONMENT), List.of());
        subscriptions.follow("U" + "b".repeat(32), List.of(Category.WELFARE), List.of());
        String token = ConsoleSession.csrf(staff.get("/admin/broadcasts/new").body());

        assertThat(staff.postForm("/admin/opportunities/opp-001/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(staff.postJson("/admin/broadcasts/count", "{}", null).statusCode()).isEqualTo(403);
        HttpResponse<String> count = staff.postJson("/admin/broadcasts/count",
                "{\"categories\": [\"environment\"], \"districts\": []}", token);
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).isEqualTo("{\"recipients\":1,\"japanese\":1,\"english\":0}");
        assertThat(catalog.findOpportunity("opp-001")).isPresent();
    }

    @Test
    void aConsultationTakenByStaffIsAssignedToThemAndAudited() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        Consultation asked = consultations.create("U" + "c".repeat(32), ConsultationTopic.ACCOUNTING,
                "会計の締め方を教えてください", "LINE", "");
        String token = ConsoleSession.csrf(staff.get("/admin/consultations").body());

        HttpResponse<String> changed = staff.postForm("/admin/consultations/" + asked.id() + "/status",
                Map.of("status", "ASSIGNED", "_csrf", token));

        assertThat(changed.statusCode()).isEqualTo(302);
        Consultation now = consultations.find(asked.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(ConsultationStatus.ASSIGNED);
        assertThat(now.assignee()).isEqualTo("hinata");
        assertThat(audit.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("hinata");
            assertThat(entry.action()).isEqualTo("consultation.status");
            assertThat(entry.target()).isEqualTo(asked.id());
        });
    }

    @Test
    void anOpportunityWithSignUpsIsNotDeletedButOneWithoutIs() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String token = ConsoleSession.csrf(staff.get("/admin/opportunities").body());
        signUps.signUp("opp-001", "U" + "d".repeat(32), "日向 葵", "090-0000-0000", 1, false);

        staff.postForm("/admin/opportunities/opp-001/delete", Map.of("_csrf", token));
        String refusedPage = staff.get("/admin/opportunities").body();
        staff.postForm("/admin/opportunities/opp-002/delete", Map.of("_csrf", token));

        assertThat(catalog.findOpportunity("opp-001")).as("has a sign-up").isPresent();
        assertThat(refusedPage).as("the refusal is an error, not the green notice")
                .containsPattern("class=\"alert\"[^>]*>「[^」]+」には申し込みが1件あるため削除できません")
                .doesNotContain("class=\"notice\"");
        assertThat(catalog.findOpportunity("opp-002")).isEmpty();
        assertThat(audit.latest(10)).extracting(AuditLog.AuditEntry::action, AuditLog.AuditEntry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("opportunity.delete", "opp-002"));
    }

    @Test
    void anInvalidOpportunityIsShownAgainWithTheReasonAndNotSaved() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String token = ConsoleSession.csrf(staff.get("/admin/opportunities/new").body());
        int before = catalog.listOpportunities().size();

        HttpResponse<String> refused = staff.postForm("/admin/opportunities/new", Map.of("_csrf", token,
                "title", "夜の講座", "kind", "course", "category", "education", "start", "2026-12-10T19:00",
                "end", "2026-12-10T18:00", "capacity", "10"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("終了は開始より後にしてください");
        assertThat(catalog.listOpportunities()).hasSize(before);
        assertThat(audit.latest(10)).isEmpty();
    }

    @Test
    void staffTickAnActivitysAttributesOnTheFormAndAnUnknownOneIsRefused() {
        ConsoleSession staff = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        String edit = staff.get("/admin/opportunities/opp-001/edit").body();
        assertThat(checkbox(edit, "children_welcome")).contains("checked");
        assertThat(checkbox(edit, "wheelchair")).doesNotContain("checked");
        String token = ConsoleSession.csrf(staff.get("/admin/opportunities/new").body());

        HttpResponse<String> saved = staff.postForm("/admin/opportunities/new", Map.of("_csrf", token,
                "title", "車いすで参加できる読書会", "kind", "event", "category", "culture",
                "start", "2027-03-10T10:00", "end", "2027-03-10T12:00", "capacity", "10", "attributes", "wheelchair"));
        HttpResponse<String> refused = staff.postForm("/admin/opportunities/new", Map.of("_csrf", token,
                "title", "夜の講座", "kind", "course", "category", "education", "start", "2027-03-10T19:00",
                "end", "2027-03-10T20:00", "capacity", "10", "attributes", "pets_welcome"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(catalog.listOpportunities()).filteredOn(o -> o.title().equals("車いすで参加できる読書会"))
                .singleElement().satisfies(o -> assertThat(o.attributes())
                        .containsExactly(OpportunityAttribute.WHEELCHAIR));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("参加しやすさを一覧から選んでください");
        assertThat(catalog.listOpportunities()).noneMatch(o -> o.title().equals("夜の講座"));
    }

    /** The checkbox input of the form for an attribute. */
    private static String checkbox(String page, String attribute) {
        java.util.regex.Matcher input = java.util.regex.Pattern
                .compile("<input[^>]*value=\"" + attribute + "\"[^>]*>").matcher(page);
        assertThat(input.find()).as("a checkbox for " + attribute).isTrue();
        return input.group();
    }
}

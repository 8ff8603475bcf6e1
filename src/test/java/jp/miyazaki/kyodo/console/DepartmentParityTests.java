package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.AuditLog.AuditEntry;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.subscription.Subscriptions;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * Departments protect each other's work, in the admin API and the console alike: a colleague in 環境保全課 can
 * neither change nor delete 市民活動推進課's activity, grant or facility, nor read its sign-ups (403 with the same
 * Japanese reason in the problem JSON and on the console's page, nothing changed, nothing audited), and the lists
 * show such items without 編集・削除; nor can they cancel its broadcast (its page offers no 取り消す); an admin
 * changes any. Every reading of a sign-up list — the console's page and the API's JSON as much as the CSV, and the
 * attendance roll, which shows the same names — is refused to them and audited.
 */
@Import(NoonInMiyazaki.class)
class DepartmentParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "department parity password";
    private static final String OWNER = "市民活動推進課";
    private static final String REASON = "この項目は" + OWNER + "の担当です。変更・削除できるのは" + OWNER + "の職員と管理者だけです。";
    private static final String SIGN_UPS_REASON = "申し込んだ方の氏名や連絡先を見られるのは" + OWNER + "の職員と管理者だけです。";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;
    @Autowired
    private JsonMapper json;
    @Autowired
    private Subscriptions subscriptions;

    private AdminApi admin;
    private AdminApi kankyoApi;
    private ConsoleSession kankyoConsole;
    private String opportunity;
    private String grant;
    private String facility;

    @BeforeEach
    void itemsOfTheCivicActivitiesDepartment() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("sora", PASSWORD, StaffRole.ADMIN, "環境保全課", "test", Instant.now());
        accounts.create("midori", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        accounts.create("hikari", PASSWORD, StaffRole.STAFF, OWNER, "test", Instant.now());
        admin = AdminApi.basic(port, "sora", PASSWORD);
        kankyoApi = AdminApi.basic(port, "midori", PASSWORD);
        kankyoConsole = ConsoleSession.signedIn(port, "midori", PASSWORD);
        opportunity = id(admin.post("/api/admin/opportunities", opportunityJson(10)), "opportunity");
        grant = id(admin.post("/api/admin/grants", grantJson("2027-03-31")), null);
        facility = id(admin.post("/api/admin/facilities", facilityJson("9:00〜17:00")), null);
        signUps.signUp(opportunity, "U" + "a".repeat(32), "宮崎 花子", "090-1234-5678", 2, false);
    }

    @Test
    void anotherDepartmentsStaffCannotChangeOrDeleteItsActivityGrantOrFacilityInTheApiOrTheConsole() {
        int audited = audit.latest(100).size();
        List<HttpResponse<String>> api = List.of(
                kankyoApi.put("/api/admin/opportunities/" + opportunity, opportunityJson(20)),
                kankyoApi.delete("/api/admin/opportunities/" + opportunity + "?force=true"),
                kankyoApi.put("/api/admin/grants/" + grant, grantJson("2027-04-30")),
                kankyoApi.delete("/api/admin/grants/" + grant),
                kankyoApi.put("/api/admin/facilities/" + facility, facilityJson("9:00〜21:00")),
                kankyoApi.delete("/api/admin/facilities/" + facility));
        String csrf = csrf();
        List<HttpResponse<String>> console = List.of(
                kankyoConsole.getPage("/admin/opportunities/" + opportunity + "/edit"),
                kankyoConsole.postForm("/admin/opportunities/" + opportunity + "/edit", opportunityForm(20, csrf)),
                kankyoConsole.getPage("/admin/opportunities/" + opportunity + "/delete"),
                kankyoConsole.postForm("/admin/opportunities/" + opportunity + "/delete",
                        Map.of("force", "true", "_csrf", csrf)),
                kankyoConsole.getPage("/admin/grants/" + grant + "/edit"),
                kankyoConsole.postForm("/admin/grants/" + grant + "/edit", Map.of("name", "地域づくり応援補助金",
                        "deadline", "2027-04-30", "_csrf", csrf)),
                kankyoConsole.postForm("/admin/grants/" + grant + "/delete", Map.of("_csrf", csrf)),
                kankyoConsole.getPage("/admin/facilities/" + facility + "/edit"),
                kankyoConsole.postForm("/admin/facilities/" + facility + "/edit", Map.of("name", "中央公民館",
                        "kind", "公民館", "hours", "9:00〜21:00", "_csrf", csrf)),
                kankyoConsole.postForm("/admin/facilities/" + facility + "/delete", Map.of("_csrf", csrf)));

        assertThat(api).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("detail").asString()).startsWith(REASON);
            assertThat(problem.get("itemDepartment").asString()).isEqualTo(OWNER);
            assertThat(problem.get("staffDepartment").asString()).isEqualTo("環境保全課");
        });
        assertThat(console).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
            assertThat(response.body()).contains("ほかの部署が担当する項目です", REASON).doesNotContain("管理者だけが使えます");
        });
        assertThat(catalog.findOpportunity(opportunity).orElseThrow().capacity()).isEqualTo(10);
        assertThat(catalog.findGrant(grant).orElseThrow().deadline()).hasToString("2027-03-31");
        assertThat(catalog.findFacility(facility).orElseThrow().hours()).isEqualTo("9:00〜17:00");
        assertThat(signUps.ofOpportunity(opportunity)).hasSize(1);
        assertThat(LINE.requests(jp.miyazaki.kyodo.testsupport.LineApiMock.PUSH)).isEmpty();
        assertThat(audit.latest(100)).as("nothing changed, nothing audited").hasSize(audited);
    }

    @Test
    void staffRegisterItemsAndNoticesOnlyForTheirOwnDepartmentAndAdminsForAny() {
        String assignReason = OWNER + "の項目は登録できません。登録できるのは環境保全課の項目だけです。";
        int opportunities = catalog.listOpportunities().size();
        String csrf = csrf();
        List<HttpResponse<String>> api = List.of(
                kankyoApi.post("/api/admin/opportunities", opportunityJson(5)),
                kankyoApi.post("/api/admin/grants", grantJson("2027-03-31")),
                kankyoApi.post("/api/admin/facilities", facilityJson("9:00〜17:00")),
                kankyoApi.post("/api/admin/broadcasts", """
                        {"text": "説明会のお知らせです。", "department": "%s"}""".formatted(OWNER)));
        List<HttpResponse<String>> console = List.of(
                kankyoConsole.postForm("/admin/opportunities/new", opportunityForm(5, csrf)),
                kankyoConsole.postForm("/admin/grants/new", Map.of("name", "地域づくり応援補助金",
                        "deadline", "2027-03-31", "department", OWNER, "_csrf", csrf)),
                kankyoConsole.postForm("/admin/facilities/new", Map.of("name", "中央公民館", "kind", "公民館",
                        "hours", "9:00〜17:00", "department", OWNER, "_csrf", csrf)));

        assertThat(api).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
            assertThat(json.readTree(response.body()).get("detail").asString()).startsWith(assignReason);
        });
        assertThat(console).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.request().method() + " " + response.uri()).isEqualTo(403);
            assertThat(response.body()).contains(assignReason);
        });
        assertThat(catalog.listOpportunities()).hasSize(opportunities);
        for (String form : List.of("/admin/opportunities/new", "/admin/grants/new", "/admin/facilities/new",
                "/admin/broadcasts/new")) {
            String picker = picker(kankyoConsole.get(form).body());
            assertThat(picker).as(form).contains("環境保全課").doesNotContain(OWNER);
            assertThat(picker(ConsoleSession.signedIn(port, "sora", PASSWORD).get(form).body())).as(form)
                    .contains("環境保全課", OWNER);
        }
    }

    /** The 部署 picker of a console form. */
    private static String picker(String page) {
        int start = page.indexOf("name=\"department\"");
        assertThat(start).as("a 部署 picker").isNotNegative();
        return page.substring(start, page.indexOf("</select>", start));
    }

    @Test
    void theListsShowAnotherDepartmentsItemsWithoutEditOrDeleteAndTheStaffMembersOwnWithThem() {
        String own = id(kankyoApi.post("/api/admin/opportunities", opportunityJson(5).replace(OWNER, "環境保全課")),
                "opportunity");

        String opportunities = kankyoConsole.get("/admin/opportunities").body();
        String grants = kankyoConsole.get("/admin/grants").body();
        String facilities = kankyoConsole.get("/admin/facilities").body();

        assertThat(row(opportunities, "opportunity-" + opportunity)).contains(OWNER + "の担当（閲覧のみ）")
                .doesNotContain("/edit", "/delete", "/signups", "/attendance");
        assertThat(row(opportunities, "opportunity-" + own)).contains("/edit", "/delete", "/signups", "/attendance")
                .doesNotContain("閲覧のみ");
        assertThat(row(grants, "grant-" + grant)).contains(OWNER + "の担当（閲覧のみ）").doesNotContain("/edit", "/delete");
        assertThat(row(facilities, "facility-" + facility)).contains(OWNER + "の担当（閲覧のみ）")
                .doesNotContain("/edit", "/delete");
        assertThat(row(ConsoleSession.signedIn(port, "sora", PASSWORD).get("/admin/grants").body(), "grant-" + grant))
                .as("admins change any department's").contains("/edit", "/delete").doesNotContain("閲覧のみ");
    }

    @Test
    void anAdminChangesAndDeletesAnyDepartmentsItemsInTheApiAndTheConsole() {
        ConsoleSession adminConsole = ConsoleSession.signedIn(port, "sora", PASSWORD);
        String csrf = ConsoleSession.csrf(adminConsole.get("/admin/opportunities").body());

        assertThat(admin.put("/api/admin/opportunities/" + opportunity, opportunityJson(20)).statusCode()).isEqualTo(200);
        assertThat(adminConsole.getPage("/admin/grants/" + grant + "/edit").statusCode()).isEqualTo(200);
        assertThat(adminConsole.postForm("/admin/grants/" + grant + "/edit", Map.of("name", "地域づくり応援補助金",
                "deadline", "2027-04-30", "_csrf", csrf)).statusCode()).isEqualTo(302);
        assertThat(admin.delete("/api/admin/facilities/" + facility).statusCode()).isEqualTo(204);
        assertThat(adminConsole.postForm("/admin/opportunities/" + opportunity + "/delete",
                Map.of("force", "true", "_csrf", csrf)).statusCode()).isEqualTo(302);

        assertThat(catalog.findGrant(grant).orElseThrow().deadline()).hasToString("2027-04-30");
        assertThat(catalog.findFacility(facility)).isEmpty();
        assertThat(catalog.findOpportunity(opportunity)).isEmpty();
    }

    @Test
    void anotherDepartmentsStaffCannotCancelItsBroadcastInTheApiOrTheConsole() {
        subscriptions.follow("U" + "b".repeat(32), List.of(Category.COMMUNITY), List.of());
        HttpResponse<String> scheduled = admin.post("/api/admin/broadcasts", """
                {"text": "地域づくり応援補助金の説明会のお知らせです。", "scheduledAt": "2027-01-10T10:00:00+09:00",
                 "department": "%s"}""".formatted(OWNER));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(202);
        String id = json.readTree(scheduled.body()).get("id").asString();

        String detail = kankyoConsole.getPage("/admin/broadcasts/" + id).body();
        assertThat(detail).as("no 取り消す on another department's broadcast").doesNotContain("id=\"cancel\"")
                .contains(OWNER + "の担当（閲覧のみ）");
        HttpResponse<String> question = kankyoConsole.getPage("/admin/broadcasts/" + id + "/cancel");
        assertThat(question.statusCode()).isEqualTo(403);
        assertThat(question.body()).contains(REASON);
        assertThat(ConsoleSession.signedIn(port, "sora", PASSWORD).getPage("/admin/broadcasts/" + id).body())
                .contains("id=\"cancel\"");

        HttpResponse<String> api = kankyoApi.post("/api/admin/broadcasts/" + id + "/cancel", "{}");
        HttpResponse<String> console = kankyoConsole.postForm("/admin/broadcasts/" + id + "/cancel",
                Map.of("_csrf", csrf()));

        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(json.readTree(api.body()).get("detail").asString()).startsWith(REASON);
        assertThat(console.statusCode()).isEqualTo(403);
        assertThat(console.body()).contains(REASON);
        assertThat(admin.post("/api/admin/broadcasts/" + id + "/cancel", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherDepartmentsStaffCannotReadItsSignUpsAndNothingIsAudited() {
        int audited = audit.latest(100).size();

        HttpResponse<String> json = kankyoApi.get("/api/admin/opportunities/" + opportunity + "/signups");
        HttpResponse<byte[]> csv = kankyoApi.getBytes("/api/admin/opportunities/" + opportunity + "/signups",
                "text/csv");
        HttpResponse<String> page = kankyoConsole.getPage("/admin/opportunities/" + opportunity + "/signups");
        HttpResponse<String> file = kankyoConsole.get("/admin/opportunities/" + opportunity + "/signups.csv");
        HttpResponse<String> roll = kankyoApi.get("/api/admin/opportunities/" + opportunity + "/attendance");
        HttpResponse<String> rollPage = kankyoConsole.getPage("/admin/opportunities/" + opportunity + "/attendance");

        assertThat(roll.statusCode()).isEqualTo(403);
        assertThat(this.json.readTree(roll.body()).get("detail").asString()).contains(SIGN_UPS_REASON);
        assertThat(rollPage.statusCode()).isEqualTo(403);
        assertThat(rollPage.body()).contains(SIGN_UPS_REASON).doesNotContain("宮崎 花子");
        assertThat(json.statusCode()).isEqualTo(403);
        assertThat(this.json.readTree(json.body()).get("detail").asString()).contains(SIGN_UPS_REASON);
        assertThat(csv.statusCode()).isEqualTo(403);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains(SIGN_UPS_REASON).doesNotContain("宮崎 花子", "090-1234-5678");
        assertThat(file.statusCode()).isEqualTo(403);
        assertThat(file.body()).doesNotContain("宮崎 花子");
        assertThat(audit.latest(100)).hasSize(audited);
    }

    @Test
    void readingASignUpListIsAuditedOnTheConsolesPageAndInTheApisJsonAsForTheCsv() {
        AdminApi ownApi = AdminApi.basic(port, "hikari", PASSWORD);
        ConsoleSession ownConsole = ConsoleSession.signedIn(port, "hikari", PASSWORD);

        HttpResponse<String> page = ownConsole.get("/admin/opportunities/" + opportunity + "/signups");
        AuditEntry viewedOnPage = audit.latest(1).get(0);
        HttpResponse<String> listed = ownApi.get("/api/admin/opportunities/" + opportunity + "/signups");
        AuditEntry viewedAsJson = audit.latest(1).get(0);
        HttpResponse<String> file = ownConsole.get("/admin/opportunities/" + opportunity + "/signups.csv");
        AuditEntry exported = audit.latest(1).get(0);
        admin.get("/api/admin/opportunities/" + opportunity + "/signups");
        AuditEntry byAdmin = audit.latest(1).get(0);
        HttpResponse<String> rollPage = ownConsole.get("/admin/opportunities/" + opportunity + "/attendance");
        AuditEntry rollOnPage = audit.latest(1).get(0);
        HttpResponse<String> roll = ownApi.get("/api/admin/opportunities/" + opportunity + "/attendance");
        AuditEntry rollAsJson = audit.latest(1).get(0);

        assertThat(page.body()).contains("宮崎 花子");
        assertThat(listed.body()).contains("宮崎 花子");
        assertThat(file.body()).contains("宮崎 花子");
        for (AuditEntry entry : List.of(viewedOnPage, viewedAsJson)) {
            assertThat(entry.actor()).isEqualTo("hikari");
            assertThat(entry.action()).isEqualTo("signups.view");
            assertThat(entry.target()).isEqualTo(opportunity);
            assertThat(entry.detail()).isEqualTo("1件");
        }
        assertThat(exported.action()).isEqualTo("signups.export");
        assertThat(exported.detail()).isEqualTo("1件（CSVで保存）");
        assertThat(byAdmin.actor()).isEqualTo("sora");
        assertThat(byAdmin.action()).isEqualTo("signups.view");
        assertThat(rollPage.body()).contains("宮崎 花子");
        assertThat(roll.body()).contains("宮崎 花子");
        for (AuditEntry entry : List.of(rollOnPage, rollAsJson)) {
            assertThat(entry.actor()).isEqualTo("hikari");
            assertThat(entry.action()).isEqualTo("attendance.view");
            assertThat(entry.target()).isEqualTo(opportunity);
            assertThat(entry.detail()).isEqualTo("1件（出席簿）");
        }
    }

    private String csrf() {
        return ConsoleSession.csrf(kankyoConsole.get("/admin/opportunities").body());
    }

    private String id(HttpResponse<String> created, String wrapper) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        return (wrapper == null ? body : body.get(wrapper)).get("id").asString();
    }

    /** One row of a console list, from its id to the end of the row. */
    private static String row(String page, String rowId) {
        int start = page.indexOf("id=\"" + rowId + "\"");
        assertThat(start).as("a row " + rowId).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String opportunityJson(int capacity) {
        return """
                {"kind": "volunteer", "title": "子ども食堂の配膳", "category": "childcare", "district": "大塚",
                 "start": "2027-03-06T09:00:00+09:00", "end": "2027-03-06T11:00:00+09:00", "capacity": %d,
                 "department": "%s"}""".formatted(capacity, OWNER);
    }

    private static Map<String, String> opportunityForm(int capacity, String csrf) {
        Map<String, String> fields = new HashMap<>(Map.of("kind", "volunteer", "title", "子ども食堂の配膳",
                "category", "childcare", "district", "大塚", "start", "2027-03-06T09:00", "end", "2027-03-06T11:00",
                "capacity", Integer.toString(capacity), "department", OWNER));
        fields.put("_csrf", csrf);
        return fields;
    }

    private static String grantJson(String deadline) {
        return """
                {"name": "地域づくり応援補助金", "categories": ["community"], "deadline": "%s", "department": "%s"}"""
                .formatted(deadline, OWNER);
    }

    private static String facilityJson(String hours) {
        return """
                {"name": "中央公民館", "kind": "公民館", "hours": "%s", "department": "%s"}""".formatted(hours, OWNER);
    }
}

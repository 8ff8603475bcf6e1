package jp.miyazaki.kyodo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.AuditLog.AuditEntry;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.AuditTrail;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The admin API and the console change groups and decide recruitments through the same services: the same input
 * once through each is refused alike (nothing stored, nothing audited, nobody told) or, when made, stored alike,
 * audited with the same entry and told to the leaders alike.
 */
class GroupChangeParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "parity staff password";
    private static final String LEADER = "U" + "7".repeat(32);

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;
    @Autowired
    private GroupDirectory directory;
    @Autowired
    private Recruitments recruitments;
    @Autowired
    private AccountLinks links;
    @Autowired
    private JsonMapper json;

    private AdminApi api;
    private ConsoleSession console;
    private AuditTrail trail;

    @BeforeEach
    void staff() {
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
        api = AdminApi.basic(port, "hinata", PASSWORD);
        console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        trail = new AuditTrail(audit);
    }

    @Test
    void unknownChoicesAreRefusedByBothAndTheSameGroupIsStoredAndAuditedAlike() {
        int groups = directory.list().size();
        int audited = audit.latest(100).size();
        for (Map<String, String> wrong : List.of(Map.of("kind", "club"), Map.of("districts", "東京"),
                Map.of("categories", "cooking"))) {
            HttpResponse<String> apiRefused = api.post("/api/admin/groups", request(wrong));
            HttpResponse<String> consoleRefused = console.postForm("/admin/groups/new", form(wrong));

            assertThat(apiRefused.statusCode()).as(wrong.toString()).isEqualTo(400);
            assertThat(apiRefused.body()).contains("種類・地域・分野を一覧から選んでください");
            assertThat(consoleRefused.statusCode()).as("the form is shown again").isEqualTo(200);
            assertThat(consoleRefused.body()).contains("種類・地域・分野を一覧から選んでください");
        }
        assertThat(directory.list()).hasSize(groups);
        assertThat(audit.latest(100)).as("nothing stored, nothing audited").hasSize(audited);

        String viaApi = json.readTree(api.post("/api/admin/groups", request(Map.of())).body()).get("id").asString();
        assertThat(console.postForm("/admin/groups/new", form(Map.of())).statusCode()).isEqualTo(302);
        String viaConsole = directory.list().stream().filter(g -> g.name().equals("生目台 見守り隊"))
                .map(Group::id).filter(id -> !id.equals(viaApi)).findFirst().orElseThrow();

        for (String id : List.of(viaApi, viaConsole)) {
            Group stored = directory.find(id).orElseThrow();
            assertThat(stored.districts()).as("stored by its canonical name").containsExactly("生目台");
            assertThat(stored.kind()).isEqualTo(GroupKind.CIVIC);
        }
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "group.create", null);
        assertThat(lastFor(viaConsole).targetName()).isEqualTo(lastFor(viaApi).targetName()).isEqualTo("生目台 見守り隊");

        Map<String, String> moreCategories = Map.of("categories", "welfare,community");
        assertThat(api.put("/api/admin/groups/" + viaApi, request(moreCategories)).statusCode()).isEqualTo(200);
        Map<String, String> edit = form(Map.of());
        edit.remove("categories");
        assertThat(console.postForm("/admin/groups/" + viaConsole + "/edit", edit).statusCode())
                .as("no category is refused by the console too").isEqualTo(200);
        assertThat(api.put("/api/admin/groups/" + viaApi, request(Map.of("categories", ""))).statusCode())
                .isEqualTo(400);
        assertThat(console.postForm("/admin/groups/" + viaConsole + "/edit?categories=welfare",
                form(Map.of("categories", "community"))).statusCode()).isEqualTo(302);
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "group.update", null);
        assertThat(List.of(lastFor(viaApi), lastFor(viaConsole))).allSatisfy(entry -> assertThat(entry.changes())
                .containsExactly(new AuditLog.Change("分野", "福祉", "福祉、地域づくり")));

        assertThat(api.post("/api/admin/groups/" + viaApi + "/link-code", "").statusCode()).isEqualTo(200);
        assertThat(console.postForm("/admin/groups/" + viaConsole + "/link-code", Map.of("_csrf", csrf())).body())
                .contains("連携コード");
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "group.link-code", null);
        assertThat(api.post("/api/admin/groups/GRP-404/link-code", "").statusCode()).isEqualTo(404);
        assertThat(console.postForm("/admin/groups/GRP-404/link-code", Map.of("_csrf", csrf())).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedByBothAndDecisionsAreAuditedAndToldAlike() {
        String code = links.issue(new LinkTarget(GroupDirectory.LINK_KIND, "GRP-2"));
        assertThat(links.redeem(code, LEADER)).isInstanceOf(AccountLinks.Redemption.Linked.class);
        String viaApi = pending("見守り訪問の同行");
        String viaConsole = pending("見守り訪問の準備");
        int audited = audit.latest(100).size();

        HttpResponse<String> apiRefused = api.post("/api/admin/recruitments/" + viaApi + "/reject",
                "{\"reason\": \"   \"}");
        console.postForm("/admin/recruitments/" + viaConsole + "/reject", Map.of("reason", "   ", "_csrf", csrf()));

        assertThat(apiRefused.statusCode()).isEqualTo(400);
        assertThat(console.get("/admin/recruitments/" + viaConsole).body()).contains("差し戻しの理由を500文字以内で書いてください。");
        assertThat(api.post("/api/admin/recruitments/" + viaApi + "/reject",
                "{\"reason\": \"" + "あ".repeat(501) + "\"}").statusCode()).isEqualTo(400);
        assertThat(List.of(viaApi, viaConsole)).allSatisfy(id -> assertThat(recruitments.find(id).orElseThrow()
                .status()).isEqualTo(RecruitmentStatus.PENDING));
        assertThat(audit.latest(100)).as("nothing decided, nothing audited").hasSize(audited);
        assertThat(LINE.pushesTo(LEADER)).isEmpty();

        String reason = "訪問先の同意書の準備ができてから、もう一度出してください。";
        assertThat(api.post("/api/admin/recruitments/" + viaApi + "/reject", "{\"reason\": \"" + reason + "\"}")
                .statusCode()).isEqualTo(200);
        console.postForm("/admin/recruitments/" + viaConsole + "/reject", Map.of("reason", reason, "_csrf", csrf()));
        assertThat(console.get("/admin/recruitments").body()).contains("「見守り訪問の準備」を差し戻しました。代表者1名に");

        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "recruitment.reject",
                "差し戻しの理由（" + reason.length() + "文字）を代表者に送信");
        assertThat(lastFor(viaConsole).targetName()).isEqualTo("見守り訪問の準備");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(LINE.pushesTo(LEADER)).hasSize(2)
                .allSatisfy(push -> assertThat(push).contains("見送りました", "同意書")));

        assertThat(api.post("/api/admin/recruitments/" + viaApi + "/approve", "").statusCode()).isEqualTo(409);
        console.postForm("/admin/recruitments/" + viaConsole + "/approve", Map.of("_csrf", csrf()));
        assertThat(console.get("/admin/recruitments").body()).contains("この募集はすでに処理済みか、見つかりません。");
        assertThat(List.of(lastFor(viaApi), lastFor(viaConsole))).extracting(AuditEntry::action)
                .containsOnly("recruitment.reject");

        String approvedViaApi = pending("子ども食堂の配膳");
        String approvedViaConsole = pending("子ども食堂の片付け");
        assertThat(api.post("/api/admin/recruitments/" + approvedViaApi + "/approve", "").statusCode()).isEqualTo(200);
        console.postForm("/admin/recruitments/" + approvedViaConsole + "/approve", Map.of("_csrf", csrf()));
        assertThat(console.get("/admin/recruitments").body()).contains("「子ども食堂の片付け」を公開しました。代表者1名に");

        assertSameEntry(lastFor(approvedViaApi), lastFor(approvedViaConsole), "recruitment.approve", "活動として公開");
        assertThat(List.of(approvedViaApi, approvedViaConsole)).allSatisfy(id -> assertThat(recruitments.find(id)
                .orElseThrow().status()).isEqualTo(RecruitmentStatus.APPROVED));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(LINE.pushesTo(LEADER)).hasSize(4));
        assertThat(LINE.pushesTo(LEADER).subList(2, 4)).anySatisfy(push -> assertThat(push).contains("子ども食堂の配膳"))
                .anySatisfy(push -> assertThat(push).contains("子ども食堂の片付け"));
    }

    private String pending(String title) {
        Recruitment recruitment = new Recruitment(recruitments.nextId(), "GRP-2", title,
                LocalDate.now().plusDays(10), LocalTime.of(9, 0), LocalTime.of(11, 0), "生目台地区センター", 3,
                "訪問に同行していただきます", RecruitmentStatus.PENDING, Instant.now(), null, null);
        recruitments.save(recruitment);
        return recruitment.id();
    }

    /** The group as the API takes it; {@code changed} replaces fields (lists comma-separated). */
    private static String request(Map<String, String> changed) {
        Map<String, String> fields = fields(changed);
        return """
                {"name": "%s", "kind": "%s", "districts": %s, "categories": %s, "description": "%s",
                 "howToJoin": "%s", "contact": "%s"}""".formatted(fields.get("name"), fields.get("kind"),
                list(fields.get("districts")), list(fields.get("categories")), fields.get("description"),
                fields.get("howToJoin"), fields.get("contact"));
    }

    /** The same group as the console's form posts it (one district and one category: a form map holds one). */
    private Map<String, String> form(Map<String, String> changed) {
        Map<String, String> fields = fields(changed);
        fields.put("_csrf", csrf());
        return fields;
    }

    private static Map<String, String> fields(Map<String, String> changed) {
        Map<String, String> fields = new HashMap<>(Map.of("name", "生目台 見守り隊", "kind", "civic",
                "districts", "生目台地区", "categories", "welfare", "description", "高齢の方の見守り",
                "howToJoin", "電話でご連絡ください", "contact", "0985-00-3000"));
        fields.putAll(changed);
        return fields;
    }

    private static String list(String commaSeparated) {
        return commaSeparated.isEmpty() ? "[]"
                : "[\"" + String.join("\", \"", commaSeparated.split(",")) + "\"]";
    }

    private String csrf() {
        return ConsoleSession.csrf(console.get("/admin/groups").body());
    }

    private AuditEntry lastFor(String id) {
        return trail.lastFor(id);
    }

    private static void assertSameEntry(AuditEntry api, AuditEntry console, String action, String detail) {
        AuditTrail.assertSameEntry(api, console, "hinata", action, detail);
    }
}

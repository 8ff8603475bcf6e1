package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog.AuditEntry;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The admin API and the console manage staff accounts by the same rules ({@link StaffAccountChanges}): an unknown
 * department, a username already taken and deleting one's own account are refused by both, with nothing stored or
 * audited, and what both do is audited alike.
 */
class StaffAccountParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "parity admin password";
    private static final String NEW_PASSWORD = "a new colleague password";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;

    private final JsonMapper json = JsonMapper.builder().build();
    private AdminApi api;
    private ConsoleSession console;

    @BeforeEach
    void anAdmin() {
        accounts.create("parity-admin", PASSWORD, StaffRole.ADMIN, "市民活動推進課", "test", Instant.now());
        api = AdminApi.basic(port, "parity-admin", PASSWORD);
        console = ConsoleSession.signedIn(port, "parity-admin", PASSWORD);
    }

    @Test
    void anAccountCreatedMovedAndGivenATokenIsAuditedAlikeByBoth() {
        assertThat(api.post("/api/admin/staff", newStaff("api.kaori", "環境保全課")).statusCode()).isEqualTo(201);
        assertThat(console.postForm("/admin/staff", form("console.kaori", "環境保全課")).statusCode()).isEqualTo(302);

        assertSameEntry("api.kaori", "console.kaori", "staff.create", "役割: 職員、部署: 環境保全課", List.of());
        assertThat(accounts.find("api.kaori").orElseThrow().department()).isEqualTo("環境保全課");
        assertThat(accounts.find("console.kaori").orElseThrow().department()).isEqualTo("環境保全課");

        assertThat(api.put("/api/admin/staff/api.kaori/department", "{\"department\": \"危機管理課\"}").statusCode())
                .isEqualTo(200);
        assertThat(console.postForm("/admin/staff/console.kaori/department",
                Map.of("department", "危機管理課", "_csrf", csrf())).statusCode()).isEqualTo(302);

        assertSameEntry("api.kaori", "console.kaori", "staff.department", null,
                List.of(new AuditLog.Change("部署", "環境保全課", "危機管理課")));

        HttpResponse<String> apiToken = api.post("/api/admin/staff/api.kaori/tokens", "");
        HttpResponse<String> consoleToken = console.postForm("/admin/staff/console.kaori/tokens",
                Map.of("_csrf", csrf()));
        assertThat(apiToken.statusCode()).isEqualTo(201);
        assertThat(consoleToken.statusCode()).isEqualTo(200);
        String apiTokenId = json.readTree(apiToken.body()).get("id").asString();
        assertThat(last("api.kaori").detail()).isEqualTo("トークン番号 " + apiTokenId);
        assertThat(last("console.kaori").action()).isEqualTo("token.issue");
        assertThat(last("console.kaori").detail()).startsWith("トークン番号 ");

        assertThat(api.delete("/api/admin/staff/api.kaori").statusCode()).isEqualTo(204);
        assertThat(console.postForm("/admin/staff/console.kaori/delete", Map.of("_csrf", csrf())).statusCode())
                .isEqualTo(302);
        assertSameEntry("api.kaori", "console.kaori", "staff.delete", null, List.of());
        assertThat(accounts.find("api.kaori")).isEmpty();
        assertThat(accounts.find("console.kaori")).isEmpty();
    }

    @Test
    void anUnknownDepartmentATakenUsernameAndOnesOwnAccountAreRefusedByBothWithNothingAudited() {
        accounts.create("taken.name", NEW_PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        int audited = audit.latest(1000).size();

        HttpResponse<String> apiUnknown = api.post("/api/admin/staff", newStaff("new.one", "宇宙開発課"));
        HttpResponse<String> consoleUnknown = console.postForm("/admin/staff", form("new.two", "宇宙開発課"));
        assertThat(apiUnknown.statusCode()).isEqualTo(400);
        assertThat(apiUnknown.body()).contains("unknown department");
        assertThat(consoleUnknown.statusCode()).as("the form again, with the problem next to the field")
                .isEqualTo(200);
        assertThat(consoleUnknown.body()).contains("部署を一覧から選んでください");
        assertThat(accounts.find("new.one")).isEmpty();
        assertThat(accounts.find("new.two")).isEmpty();

        HttpResponse<String> apiTaken = api.post("/api/admin/staff", newStaff("taken.name", "危機管理課"));
        HttpResponse<String> consoleTaken = console.postForm("/admin/staff", form("taken.name", "危機管理課"));
        assertThat(apiTaken.statusCode()).isEqualTo(409);
        assertThat(consoleTaken.statusCode()).isEqualTo(200);
        assertThat(consoleTaken.body()).contains("このユーザー名はすでに使われています");
        assertThat(accounts.find("taken.name").orElseThrow().department()).isEqualTo("環境保全課");

        HttpResponse<String> apiMove = api.put("/api/admin/staff/taken.name/department",
                "{\"department\": \"宇宙開発課\"}");
        console.postForm("/admin/staff/taken.name/department", Map.of("department", "宇宙開発課", "_csrf", csrf()));
        assertThat(apiMove.statusCode()).isEqualTo(400);
        assertThat(console.get("/admin/staff").body()).contains("部署を一覧から選んでください。");
        assertThat(accounts.find("taken.name").orElseThrow().department()).isEqualTo("環境保全課");

        HttpResponse<String> apiOwn = api.delete("/api/admin/staff/parity-admin");
        console.postForm("/admin/staff/parity-admin/delete", Map.of("_csrf", csrf()));
        assertThat(apiOwn.statusCode()).isEqualTo(409);
        assertThat(console.get("/admin/staff").body()).contains("自分のアカウントは削除できません。");
        assertThat(accounts.find("parity-admin")).isPresent();

        assertThat(api.delete("/api/admin/staff/nobody.here").statusCode()).isEqualTo(404);
        assertThat(console.postForm("/admin/staff/nobody.here/delete", Map.of("_csrf", csrf())).statusCode())
                .isEqualTo(404);

        assertThat(audit.latest(1000)).as("nothing refused is audited").hasSize(audited);
    }

    private void assertSameEntry(String viaApi, String viaConsole, String action, String detail,
            List<AuditLog.Change> changes) {
        for (AuditEntry entry : List.of(last(viaApi), last(viaConsole))) {
            assertThat(entry.actor()).isEqualTo("parity-admin");
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.detail()).isEqualTo(detail);
            assertThat(entry.changes()).isEqualTo(changes);
        }
    }

    private AuditEntry last(String username) {
        return audit.latest(1000).stream().filter(entry -> username.equals(entry.target())).findFirst()
                .orElseThrow();
    }

    private static String newStaff(String username, String department) {
        return """
                {"username": "%s", "password": "%s", "role": "staff", "department": "%s"}"""
                .formatted(username, NEW_PASSWORD, department);
    }

    private Map<String, String> form(String username, String department) {
        Map<String, String> fields = new HashMap<>(Map.of("username", username, "password", NEW_PASSWORD,
                "role", "staff", "department", department));
        fields.put("_csrf", csrf());
        return fields;
    }

    private String csrf() {
        return ConsoleSession.csrf(console.get("/admin/staff").body());
    }
}

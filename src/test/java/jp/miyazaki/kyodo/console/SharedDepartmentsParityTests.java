package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * With {@code kyodo.departments.shared-editing=true} the departments share their work: a colleague in 環境保全課
 * changes and deletes 市民活動推進課's items and reads their sign-ups, in the API and the console, and the reading is
 * still audited.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = "kyodo.departments.shared-editing=true")
class SharedDepartmentsParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "shared departments password";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;
    @Autowired
    private AuditLog audit;

    private AdminApi api;
    private ConsoleSession console;

    @BeforeEach
    void aColleagueOfTheEnvironmentDepartment() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("midori", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        api = AdminApi.basic(port, "midori", PASSWORD);
        console = ConsoleSession.signedIn(port, "midori", PASSWORD);
    }

    @Test
    void staffChangeAndDeleteAnyDepartmentsItemsAndReadTheirSignUps() {
        // opp-023 and fac-001 are sample items of 市民活動推進課, the default department.
        assertThat(catalog.findFacility("fac-001").orElseThrow().department()).isIn(null, "市民活動推進課");
        signUps.signUp("opp-023", "U" + "a".repeat(32), "宮崎 花子", "090-1234-5678", 1, false);
        String csrf = ConsoleSession.csrf(console.get("/admin/opportunities").body());

        HttpResponse<String> listed = api.get("/api/admin/opportunities/opp-023/signups");
        HttpResponse<String> page = console.get("/admin/opportunities/opp-023/signups");
        HttpResponse<String> deleted = api.delete("/api/admin/facilities/fac-001");
        HttpResponse<String> edit = console.get("/admin/opportunities/opp-023/edit");
        HttpResponse<String> consoleDeleted = console.postForm("/admin/opportunities/opp-023/delete",
                Map.of("force", "true", "_csrf", csrf));

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("宮崎 花子");
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(consoleDeleted.statusCode()).isEqualTo(302);
        assertThat(catalog.findFacility("fac-001")).isEmpty();
        assertThat(catalog.findOpportunity("opp-023")).isEmpty();
        assertThat(audit.latest(10)).filteredOn(entry -> entry.action().equals("signups.view")).hasSize(2);
        assertThat(console.get("/admin/grants").body()).doesNotContain("閲覧のみ");
    }
}

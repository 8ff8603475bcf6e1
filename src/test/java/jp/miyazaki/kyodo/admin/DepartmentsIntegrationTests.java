package jp.miyazaki.kyodo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.RedisAudience;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.session.RedisSettings;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * Departments through the admin API: the configured list, staff accounts in a department, items taking the
 * creator's department, {@code ?department=} filters (items without one count as the default department), and
 * similar opportunities for a draft or a stored opportunity.
 */
@Import(BroadcastTestConfiguration.class)
@TestPropertySource(properties = "kyodo.broadcast.poll-interval=1h")
class DepartmentsIntegrationTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private RedisSettings settings;
    @Autowired
    private AuditLog audit;
    @Autowired
    private JsonMapper json;
    @Autowired
    private StringRedisTemplate redis;

    private AdminApi kankyo;

    @BeforeEach
    void staffOfTheEnvironmentDepartment() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("midori", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        kankyo = AdminApi.basic(port, "midori", PASSWORD);
    }

    @Test
    void listsTheConfiguredDepartmentsWithTheDefaultMarked() {
        JsonNode departments = read(kankyo.get("/api/admin/departments"));

        assertThat(names(departments)).startsWith("市民活動推進課").contains("環境保全課", "危機管理課", "福祉総務課");
        assertThat(departments.get(0).get("isDefault").asBoolean()).isTrue();
        assertThat(departments.get(2).get("isDefault").asBoolean()).isFalse();
    }

    @Test
    void everySampleItemBelongsToAConfiguredDepartment() {
        JsonNode departments = read(kankyo.get("/api/admin/departments"));
        List<String> owners = new ArrayList<>();
        read(kankyo.get("/api/admin/opportunities")).forEach(view -> owners.add(
                view.get("opportunity").get("department").asString()));
        read(kankyo.get("/api/admin/grants")).forEach(grant -> owners.add(grant.get("department").asString()));
        read(kankyo.get("/api/admin/facilities")).forEach(place -> owners.add(place.get("department").asString()));

        assertThat(owners).hasSize(35 + 8 + 12).allMatch(names(departments)::contains);
        assertThat(owners).contains("環境保全課", "危機管理課", "子育て支援課", "生涯学習課", "地域コミュニティ課");
    }

    @Test
    void anOpportunityTakesTheStaffMembersDepartmentUnlessAnAdminChoosesAnother() {
        HttpResponse<String> own = kankyo.post("/api/admin/opportunities", opportunity("海岸のごみ拾い", null));
        HttpResponse<String> chosen = admin().post("/api/admin/opportunities", opportunity("見守り", "福祉総務課"));
        HttpResponse<String> refused = kankyo.post("/api/admin/opportunities", opportunity("見守り", "福祉総務課"));
        HttpResponse<String> unknown = kankyo.post("/api/admin/opportunities", opportunity("見守り", "魔法課"));

        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        String id = read(own).get("opportunity").get("id").asString();
        assertThat(read(own).get("opportunity").get("department").asString()).isEqualTo("環境保全課");
        assertThat(catalog.findOpportunity(id).orElseThrow().department()).isEqualTo("環境保全課");
        assertThat(read(chosen).get("opportunity").get("department").asString()).isEqualTo("福祉総務課");
        assertThat(refused.statusCode()).as("staff keep to their own department").isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(400);
        HttpResponse<String> kept = kankyo.put("/api/admin/opportunities/" + id, opportunity("海岸のごみ拾い", null));
        assertThat(read(kept).get("opportunity").get("department").asString()).isEqualTo("環境保全課");
        assertThat(audit.latest(5)).anyMatch(entry -> entry.action().equals("opportunity.create")
                && entry.detail().contains("部署: 環境保全課"));
    }

    @Test
    void listsFilterByDepartmentAndItemsWithoutOneBelongToTheDefault() {
        OffsetDateTime start = OffsetDateTime.parse("2027-03-06T09:00:00+09:00");
        catalog.save(new Opportunity("opp-old", OpportunityKind.EVENT, "部署のない古い活動", "", Category.COMMUNITY,
                null, null, start, start.plusHours(1), 10, null, null, false));

        List<String> environment = ids(read(kankyo.get("/api/admin/opportunities?department=環境保全課")));
        List<String> byDefault = ids(read(kankyo.get("/api/admin/opportunities?department=市民活動推進課")));
        List<String> all = ids(read(kankyo.get("/api/admin/opportunities")));

        assertThat(environment).contains("opp-001", "opp-002").doesNotContain("opp-005", "opp-old");
        assertThat(byDefault).contains("opp-old", "opp-023").doesNotContain("opp-001");
        assertThat(all).contains("opp-001", "opp-005", "opp-old");
        assertThat(read(kankyo.get("/api/admin/opportunities/opp-old")).get("opportunity").get("department")
                .asString()).isEqualTo("市民活動推進課");
        assertThat(idsOf(read(kankyo.get("/api/admin/grants?department=環境保全課")))).containsExactly("grant-006");
        assertThat(idsOf(read(kankyo.get("/api/admin/facilities?department=生涯学習課"))))
                .contains("fac-002", "fac-008").doesNotContain("fac-001", "fac-005");
        assertThat(read(kankyo.get("/api/admin/facilities/fac-001")).get("department").asString())
                .isEqualTo("市民活動推進課");
    }

    @Test
    void grantsAndFacilitiesTakeTheStaffMembersDepartment() {
        HttpResponse<String> grant = kankyo.post("/api/admin/grants", """
                {"name": "海辺の環境活動助成", "categories": ["environment"], "deadline": "2027-03-31"}""");
        HttpResponse<String> facility = admin().post("/api/admin/facilities", """
                {"name": "青島ビジターセンター", "kind": "交流センター", "department": "地域コミュニティ課"}""");

        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(201);
        assertThat(read(grant).get("department").asString()).isEqualTo("環境保全課");
        assertThat(idsOf(read(kankyo.get("/api/admin/grants?department=環境保全課"))))
                .contains("grant-006", read(grant).get("id").asString());
        assertThat(read(facility).get("department").asString()).isEqualTo("地域コミュニティ課");
    }

    private AdminApi admin() {
        accounts.create("hinata", "admin password 123", StaffRole.ADMIN, "環境保全課", "test", Instant.now());
        return AdminApi.basic(port, "hinata", "admin password 123");
    }

    @Test
    void staffAccountsBelongToADepartmentAndOldAccountsToTheDefault() {
        accounts.create("sora", "admin password 789", StaffRole.ADMIN, "test", Instant.now());
        AdminApi admin = AdminApi.basic(port, "sora", "admin password 789");
        redis.opsForHash().delete(settings.keyPrefix() + "{staff}:sora", "department");

        HttpResponse<String> created = admin.post("/api/admin/staff", """
                {"username": "kiki", "password": "a long password 1", "role": "staff", "department": "危機管理課"}""");
        HttpResponse<String> unknown = admin.post("/api/admin/staff", """
                {"username": "nobody", "password": "a long password 1", "role": "staff", "department": "魔法課"}""");
        HttpResponse<String> moved = admin.put("/api/admin/staff/midori/department", "{\"department\": \"国際交流課\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(read(created).get("department").asString()).isEqualTo("危機管理課");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(accounts.find("sora").orElseThrow().department()).isEqualTo("市民活動推進課");
        assertThat(read(moved).get("department").asString()).isEqualTo("国際交流課");
        assertThat(accounts.departmentOf("midori")).isEqualTo("国際交流課");
        assertThat(admin.put("/api/admin/staff/ghost/department", "{\"department\": \"国際交流課\"}").statusCode())
                .isEqualTo(404);
        assertThat(kankyo.put("/api/admin/staff/midori/department", "{\"department\": \"国際交流課\"}").statusCode())
                .as("only admins move staff").isEqualTo(403);
    }

    @Test
    void broadcastsCarryTheStaffMembersOrAChosenDepartmentAndFilterByIt() {
        // A broadcast to nobody is refused, so these have a citizen to reach.
        RedisAudience.subscribe(redis, settings.keyPrefix(), List.of("U" + "d".repeat(32)), "disaster", "青島");
        HttpResponse<String> first = kankyo.post("/api/admin/broadcasts", """
                {"text": "青島の海岸清掃のお知らせです。", "scheduledAt": "2027-01-10T10:00:00+09:00"}""");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        String own = read(first).get("id").asString();
        String chosen = read(admin().post("/api/admin/broadcasts", """
                {"text": "防災訓練のお知らせです。", "scheduledAt": "2027-01-10T10:00:00+09:00", "department": "危機管理課"}"""))
                .get("id").asString();

        assertThat(read(kankyo.get("/api/admin/broadcasts/" + own)).get("department").asString()).isEqualTo("環境保全課");
        assertThat(idsOf(read(kankyo.get("/api/admin/broadcasts?department=環境保全課")))).containsExactly(own);
        assertThat(idsOf(read(kankyo.get("/api/admin/broadcasts?department=危機管理課")))).containsExactly(chosen);
        assertThat(idsOf(read(kankyo.get("/api/admin/broadcasts")))).contains(own, chosen);
        assertThat(kankyo.post("/api/admin/broadcasts", """
                {"text": "x", "department": "魔法課"}""").statusCode()).isEqualTo(400);
        HttpResponse<String> toNobody = kankyo.post("/api/admin/broadcasts", """
                {"text": "誰にも届きません。", "segment": {"categories": ["sports"], "districts": ["高岡"]}}""");
        assertThat(toNobody.statusCode()).as("a broadcast to nobody, as the console refuses it").isEqualTo(422);
        assertThat(toNobody.body()).contains("no citizen who accepted notices");
    }

    @Test
    void similarOpportunitiesForADraftAndForAStoredOne() {
        JsonNode forDraft = read(kankyo.post("/api/admin/opportunities/similar", """
                {"kind": "volunteer", "title": "青島 ビーチクリーン", "description": "青島海岸の砂浜でごみ拾いをします。",
                 "category": "environment", "district": "青島", "start": "2027-03-06T09:00:00+09:00",
                 "end": "2027-03-06T11:00:00+09:00", "capacity": 20}"""));
        String id = read(kankyo.post("/api/admin/opportunities", """
                {"kind": "course", "title": "はじめての子育て講座", "description": "赤ちゃんとの暮らしを話し合う講座です。",
                 "category": "childcare", "district": "中央東", "start": "2027-03-06T09:00:00+09:00",
                 "end": "2027-03-06T11:00:00+09:00", "capacity": 20}""")).get("opportunity").get("id").asString();
        JsonNode forCourse = read(kankyo.get("/api/admin/opportunities/" + id + "/similar"));

        assertThat(forDraft.get(0).get("id").asString()).isEqualTo("opp-001");
        assertThat(forDraft.get(0).get("title").asString()).isEqualTo("青島海岸ビーチクリーン");
        assertThat(forDraft.get(0).get("department").asString()).isEqualTo("環境保全課");
        assertThat(forDraft.get(0).get("ended").asBoolean()).isFalse();
        assertThat(forDraft.get(0).get("sharedWords").toString()).contains("青島", "砂浜");
        assertThat(idsOf(forCourse)).doesNotContain("opp-001", id);
        assertThat(kankyo.get("/api/admin/opportunities/nope/similar").statusCode()).isEqualTo(404);
    }

    private static String opportunity(String title, String department) {
        return """
                {"kind": "volunteer", "title": "%s", "category": "environment", "district": "青島",
                 "start": "2027-03-06T09:00:00+09:00", "end": "2027-03-06T11:00:00+09:00", "capacity": 10%s}"""
                .formatted(title, department == null ? "" : ", \"department\": \"" + department + "\"");
    }

    private static List<String> names(JsonNode departments) {
        List<String> names = new ArrayList<>();
        departments.forEach(department -> names.add(department.get("name").asString()));
        return names;
    }

    private static List<String> ids(JsonNode views) {
        List<String> ids = new ArrayList<>();
        views.forEach(view -> ids.add(view.get("opportunity").get("id").asString()));
        return ids;
    }

    private static List<String> idsOf(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}

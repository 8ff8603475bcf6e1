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
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The admin API and the console change grants and facilities through one service: the same item added, changed
 * and deleted once through each is stored alike and writes the same audit entries (action, name, department,
 * changes), and what one refuses — an unknown department, a value out of the rules, an item that is gone — the
 * other refuses too, storing and auditing nothing. (Another department's items: {@link DepartmentParityTests}.)
 */
@Import(NoonInMiyazaki.class)
class GrantAndFacilityChangeParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "grant parity password";
    private static final String DEPARTMENT = "子育て支援課";
    private static final String GRANT = "子育てサークル応援補助金";
    private static final String FACILITY = "大塚地区交流センター";

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private JsonMapper json;

    private AdminApi api;
    private ConsoleSession console;

    @BeforeEach
    void aStaffMemberOfTheChildcareDepartment() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, DEPARTMENT, "test", Instant.now());
        api = AdminApi.basic(port, "hinata", PASSWORD);
        console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
    }

    @Test
    void aGrantAddedChangedAndDeletedThroughEitherIsStoredAndAuditedAlike() {
        String viaApi = created(api.post("/api/admin/grants", grantJson("上限5万円", "")));
        String viaConsole = createdInConsole("/admin/grants/new", grantForm("上限5万円", ""));

        assertThat(comparable(catalog.findGrant(viaConsole).orElseThrow()))
                .isEqualTo(comparable(catalog.findGrant(viaApi).orElseThrow()));
        assertThat(catalog.findGrant(viaApi).orElseThrow().department()).isEqualTo(DEPARTMENT);
        assertSameEntries(viaApi, viaConsole, "grant.create", GRANT, "部署: " + DEPARTMENT, List.of());

        assertThat(api.put("/api/admin/grants/" + viaApi, grantJson("上限10万円", "")).statusCode()).isEqualTo(200);
        assertThat(console.postForm("/admin/grants/" + viaConsole + "/edit", grantForm("上限10万円", ""))
                .statusCode()).isEqualTo(302);

        assertThat(comparable(catalog.findGrant(viaConsole).orElseThrow()))
                .isEqualTo(comparable(catalog.findGrant(viaApi).orElseThrow()));
        assertSameEntries(viaApi, viaConsole, "grant.update", GRANT, null,
                List.of(new AuditLog.Change("金額", "上限5万円", "上限10万円")));

        assertThat(api.delete("/api/admin/grants/" + viaApi).statusCode()).isEqualTo(204);
        assertThat(console.postForm("/admin/grants/" + viaConsole + "/delete", Map.of("_csrf", csrf()))
                .statusCode()).isEqualTo(302);

        assertThat(catalog.findGrant(viaApi)).isEmpty();
        assertThat(catalog.findGrant(viaConsole)).isEmpty();
        assertSameEntries(viaApi, viaConsole, "grant.delete", GRANT, null, List.of());
    }

    @Test
    void aFacilityAddedChangedAndDeletedThroughEitherIsStoredAndAuditedAlike() {
        String viaApi = created(api.post("/api/admin/facilities", facilityJson("9:00〜17:00", "大塚", "")));
        String viaConsole = createdInConsole("/admin/facilities/new", facilityForm("9:00〜17:00", "大塚", ""));

        assertThat(comparable(catalog.findFacility(viaConsole).orElseThrow()))
                .isEqualTo(comparable(catalog.findFacility(viaApi).orElseThrow()));
        assertThat(catalog.findFacility(viaApi).orElseThrow().location()).isNotNull();
        assertSameEntries(viaApi, viaConsole, "facility.create", FACILITY, "部署: " + DEPARTMENT, List.of());

        assertThat(api.put("/api/admin/facilities/" + viaApi, facilityJson("9:00〜21:00", "大塚", ""))
                .statusCode()).isEqualTo(200);
        assertThat(console.postForm("/admin/facilities/" + viaConsole + "/edit",
                facilityForm("9:00〜21:00", "大塚", "")).statusCode()).isEqualTo(302);

        assertThat(comparable(catalog.findFacility(viaConsole).orElseThrow()))
                .isEqualTo(comparable(catalog.findFacility(viaApi).orElseThrow()));
        assertSameEntries(viaApi, viaConsole, "facility.update", FACILITY, null,
                List.of(new AuditLog.Change("開館時間", "9:00〜17:00", "9:00〜21:00")));

        assertThat(api.delete("/api/admin/facilities/" + viaApi).statusCode()).isEqualTo(204);
        assertThat(console.postForm("/admin/facilities/" + viaConsole + "/delete", Map.of("_csrf", csrf()))
                .statusCode()).isEqualTo(302);

        assertThat(catalog.findFacility(viaApi)).isEmpty();
        assertThat(catalog.findFacility(viaConsole)).isEmpty();
        assertSameEntries(viaApi, viaConsole, "facility.delete", FACILITY, null, List.of());
    }

    @Test
    void anUnknownDepartmentIsRefusedByBothOnAddingAndOnChanging() {
        String grant = created(api.post("/api/admin/grants", grantJson("上限5万円", "")));
        String facility = created(api.post("/api/admin/facilities", facilityJson("9:00〜17:00", "大塚", "")));
        int grants = catalog.listGrants().size();
        int facilities = catalog.listFacilities().size();
        int audited = audit.latest(100).size();

        List<HttpResponse<String>> apiRefused = List.of(
                api.post("/api/admin/grants", grantJson("上限5万円", "観光課")),
                api.put("/api/admin/grants/" + grant, grantJson("上限5万円", "観光課")),
                api.post("/api/admin/facilities", facilityJson("9:00〜17:00", "大塚", "観光課")),
                api.put("/api/admin/facilities/" + facility, facilityJson("9:00〜17:00", "大塚", "観光課")));
        List<HttpResponse<String>> consoleRefused = List.of(
                console.postForm("/admin/grants/new", grantForm("上限5万円", "観光課")),
                console.postForm("/admin/grants/" + grant + "/edit", grantForm("上限5万円", "観光課")),
                console.postForm("/admin/facilities/new", facilityForm("9:00〜17:00", "大塚", "観光課")),
                console.postForm("/admin/facilities/" + facility + "/edit",
                        facilityForm("9:00〜17:00", "大塚", "観光課")));

        assertThat(apiRefused).allSatisfy(response -> {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("detail").asString())
                    .isEqualTo("unknown department; see /api/admin/departments");
        });
        assertThat(consoleRefused).allSatisfy(response -> {
            assertThat(response.statusCode()).as("the form is shown again: " + response.uri()).isEqualTo(200);
            assertThat(response.body()).contains("部署を一覧から選んでください");
        });
        assertNothingChanged(grant, facility, grants, facilities, audited);
    }

    @Test
    void aValueOutOfTheRulesIsRefusedByBothWithTheFieldItIsAbout() {
        String grant = created(api.post("/api/admin/grants", grantJson("上限5万円", "")));
        String facility = created(api.post("/api/admin/facilities", facilityJson("9:00〜17:00", "大塚", "")));
        int grants = catalog.listGrants().size();
        int facilities = catalog.listFacilities().size();
        int audited = audit.latest(100).size();
        // The window published closes after the deadline; the district is not one of the city's.
        String lateClosing = grantJson("上限5万円", "").replace("\"deadline\"", "\"applicationCloses\": \"2027-04-30\", "
                + "\"deadline\"");
        Map<String, String> lateClosingForm = grantForm("上限5万円", "");
        lateClosingForm.put("applicationCloses", "2027-04-30");

        List<HttpResponse<String>> apiRefused = List.of(
                api.post("/api/admin/grants", lateClosing),
                api.put("/api/admin/grants/" + grant, lateClosing),
                api.post("/api/admin/facilities", facilityJson("9:00〜17:00", "どこか", "")),
                api.put("/api/admin/facilities/" + facility, facilityJson("9:00〜17:00", "どこか", "")));
        List<HttpResponse<String>> consoleRefused = List.of(
                console.postForm("/admin/grants/new", lateClosingForm),
                console.postForm("/admin/grants/" + grant + "/edit", lateClosingForm),
                console.postForm("/admin/facilities/new", facilityForm("9:00〜17:00", "どこか", "")),
                console.postForm("/admin/facilities/" + facility + "/edit", facilityForm("9:00〜17:00", "どこか", "")));

        for (int i = 0; i < apiRefused.size(); i++) {
            HttpResponse<String> refused = apiRefused.get(i);
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(400);
            JsonNode error = json.readTree(refused.body()).get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo(i < 2 ? "closingWithinWindow" : "knownDistrict");
            assertThat(consoleRefused.get(i).statusCode()).as(consoleRefused.get(i).uri().toString()).isEqualTo(200);
            assertThat(consoleRefused.get(i).body()).contains(i < 2 ? "受付終了日は受付開始日から締切日までの間にしてください"
                    : "地域を一覧から選んでください");
        }
        assertNothingChanged(grant, facility, grants, facilities, audited);
    }

    @Test
    void aGrantOrFacilityThatIsGoneIsNotFoundInBoth() {
        int audited = audit.latest(100).size();
        String csrf = csrf();

        List<HttpResponse<String>> refused = List.of(
                api.put("/api/admin/grants/grant-gone", grantJson("上限5万円", "")),
                api.delete("/api/admin/grants/grant-gone"),
                api.put("/api/admin/facilities/facility-gone", facilityJson("9:00〜17:00", "大塚", "")),
                api.delete("/api/admin/facilities/facility-gone"),
                console.postForm("/admin/grants/grant-gone/edit", grantForm("上限5万円", "")),
                console.postForm("/admin/grants/grant-gone/delete", Map.of("_csrf", csrf)),
                console.postForm("/admin/facilities/facility-gone/edit", facilityForm("9:00〜17:00", "大塚", "")),
                console.postForm("/admin/facilities/facility-gone/delete", Map.of("_csrf", csrf)));

        assertThat(refused).allSatisfy(response -> assertThat(response.statusCode())
                .as(response.request().method() + " " + response.uri()).isEqualTo(404));
        assertThat(catalog.findGrant("grant-gone")).isEmpty();
        assertThat(catalog.findFacility("facility-gone")).isEmpty();
        assertThat(audit.latest(100)).hasSize(audited);
    }

    private void assertNothingChanged(String grant, String facility, int grants, int facilities, int audited) {
        assertThat(catalog.listGrants()).hasSize(grants);
        assertThat(catalog.listFacilities()).hasSize(facilities);
        assertThat(catalog.findGrant(grant).orElseThrow().department()).isEqualTo(DEPARTMENT);
        assertThat(catalog.findGrant(grant).orElseThrow().applicationCloses()).hasToString("2027-03-31");
        assertThat(catalog.findFacility(facility).orElseThrow().department()).isEqualTo(DEPARTMENT);
        assertThat(catalog.findFacility(facility).orElseThrow().district()).isEqualTo("大塚");
        assertThat(audit.latest(100)).as("nothing changed, nothing audited").hasSize(audited);
    }

    private String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asString();
    }

    /** Adds through the console's form and answers the new item's id, from the entry that audits it. */
    private String createdInConsole(String form, Map<String, String> fields) {
        assertThat(console.postForm(form, fields).statusCode()).isEqualTo(302);
        return audit.latest(1).get(0).target();
    }

    /** A grant without its id, for comparing two added alike. */
    private static Grant comparable(Grant grant) {
        return new Grant("-", grant.name(), grant.purpose(), grant.categories(), grant.eligibleGroups(),
                grant.amount(), grant.applicationOpens(), grant.applicationCloses(), grant.deadline(),
                grant.requiredDocuments(), grant.contact(), grant.url(), grant.sample(), grant.department());
    }

    /** A facility without its id, for comparing two added alike. */
    private static Facility comparable(Facility facility) {
        return new Facility("-", facility.name(), facility.kind(), facility.district(), facility.address(),
                facility.hours(), facility.rooms(), facility.equipment(), facility.bookingMethod(), facility.phone(),
                facility.sample(), facility.department(), facility.location());
    }

    private String csrf() {
        return ConsoleSession.csrf(console.get("/admin/grants").body());
    }

    private AuditEntry lastFor(String id) {
        return audit.latest(100).stream().filter(entry -> id.equals(entry.target())).findFirst().orElseThrow();
    }

    private void assertSameEntries(String viaApi, String viaConsole, String action, String name, String detail,
            List<AuditLog.Change> changes) {
        for (AuditEntry entry : List.of(lastFor(viaApi), lastFor(viaConsole))) {
            assertThat(entry.actor()).isEqualTo("hinata");
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.targetName()).isEqualTo(name);
            assertThat(entry.detail()).isEqualTo(detail);
            assertThat(entry.changes()).isEqualTo(changes);
        }
    }

    private static String grantJson(String amount, String department) {
        return """
                {"name": "%s", "purpose": "子育てサークルの活動費", "categories": ["childcare"],
                 "eligibleGroups": ["子育てサークル"], "amount": "%s", "applicationOpens": "2027-01-04",
                 "deadline": "2027-03-31", "requiredDocuments": ["申請書"], "contact": "0985-00-0000",
                 "url": "https://example.jp/grant", "department": "%s"}""".formatted(GRANT, amount, department);
    }

    /** The same grant as {@link #grantJson}, as the console's form posts it. */
    private Map<String, String> grantForm(String amount, String department) {
        Map<String, String> fields = new HashMap<>(Map.of("name", GRANT, "purpose", "子育てサークルの活動費",
                "categories", "childcare", "eligibleGroups", "子育てサークル", "amount", amount,
                "applicationOpens", "2027-01-04", "deadline", "2027-03-31", "requiredDocuments", "申請書",
                "contact", "0985-00-0000", "url", "https://example.jp/grant"));
        fields.put("department", department);
        fields.put("_csrf", csrf());
        return fields;
    }

    private static String facilityJson(String hours, String district, String department) {
        return """
                {"name": "%s", "kind": "交流センター", "district": "%s", "address": "宮崎市大塚町1-1",
                 "hours": "%s", "rooms": ["会議室"], "equipment": ["プロジェクター"], "bookingMethod": "電話で予約",
                 "phone": "0985-00-0000", "department": "%s",
                 "location": {"latitude": 31.9077, "longitude": 131.4202}}"""
                .formatted(FACILITY, district, hours, department);
    }

    /** The same facility as {@link #facilityJson}, as the console's form posts it. */
    private Map<String, String> facilityForm(String hours, String district, String department) {
        Map<String, String> fields = new HashMap<>(Map.of("name", FACILITY, "kind", "交流センター",
                "district", district, "address", "宮崎市大塚町1-1", "hours", hours, "rooms", "会議室",
                "equipment", "プロジェクター", "bookingMethod", "電話で予約", "phone", "0985-00-0000",
                "department", department));
        fields.put("latitude", "31.9077");
        fields.put("longitude", "131.4202");
        fields.put("_csrf", csrf());
        return fields;
    }
}

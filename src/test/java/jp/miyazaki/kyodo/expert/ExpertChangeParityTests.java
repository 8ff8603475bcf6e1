package jp.miyazaki.kyodo.expert;

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

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.AuditLog.AuditEntry;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.consultation.Expertise;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.AuditTrail;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The admin API and the console change experts and introduce them through the same services: the same input once
 * through each is refused alike (nothing stored, audited or sent) or, when made, stored alike, audited with the
 * same entry and told to the citizen alike.
 */
class ExpertChangeParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "parity staff password";

    @Autowired
    private SampleExpertsLoader sampleExperts;
    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private AuditLog audit;
    @Autowired
    private Experts experts;
    @Autowired
    private Consultations consultations;
    @Autowired
    private AccountLinks links;
    @Autowired
    private JsonMapper json;

    private AdminApi api;
    private ConsoleSession console;
    private AuditTrail trail;

    @BeforeEach
    void sampleExpertsAndStaff() {
        sampleExperts.loadIfEmpty();
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
        api = AdminApi.basic(port, "hinata", PASSWORD);
        console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        trail = new AuditTrail(audit);
    }

    @Test
    void anUnknownDistrictOrFieldIsRefusedByBothAndTheSameExpertIsStoredAndAuditedAlike() {
        int registered = experts.list().size();
        int audited = audit.latest(100).size();

        HttpResponse<String> apiDistrict = api.post("/api/admin/experts", request(Map.of("districts", "東京")));
        HttpResponse<String> consoleDistrict = console.postForm("/admin/experts/new", form(Map.of("districts", "東京")));
        HttpResponse<String> apiField = api.post("/api/admin/experts", request(Map.of("fields", "cooking")));
        HttpResponse<String> consoleField = console.postForm("/admin/experts/new", form(Map.of("fields", "cooking")));

        assertThat(apiDistrict.statusCode()).isEqualTo(422);
        assertThat(json.readTree(apiDistrict.body()).get("detail").asString()).startsWith("unknown district 東京");
        assertThat(consoleDistrict.statusCode()).as("the form is shown again").isEqualTo(200);
        assertThat(consoleDistrict.body()).contains("地域は一覧から選んでください。");
        assertThat(apiField.statusCode()).isEqualTo(400);
        assertThat(apiField.body()).contains("対応できる分野を1つ以上選んでください。");
        assertThat(consoleField.statusCode()).isEqualTo(200);
        assertThat(consoleField.body()).contains("対応できる分野を1つ以上選んでください。");
        assertThat(experts.list()).hasSize(registered);
        assertThat(audit.latest(100)).as("nothing stored, nothing audited").hasSize(audited);

        String viaApi = json.readTree(api.post("/api/admin/experts", request(Map.of())).body()).get("id").asString();
        assertThat(console.postForm("/admin/experts/new", form(Map.of())).statusCode()).isEqualTo(302);
        String viaConsole = experts.list().stream().filter(e -> e.name().equals("宮崎デザイン室"))
                .map(Expert::id).filter(id -> !id.equals(viaApi)).findFirst().orElseThrow();
        for (String id : List.of(viaApi, viaConsole)) {
            Expert stored = experts.find(id).orElseThrow();
            assertThat(stored.districts()).as("中央 is both of its districts").containsExactly("中央東", "中央西");
            assertThat(stored.profile()).isEqualTo("チラシとロゴを作ります。");
        }
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "expert.create", null);
        assertThat(lastFor(viaConsole).targetName()).isEqualTo(lastFor(viaApi).targetName()).isEqualTo("宮崎デザイン室");

        assertThat(api.put("/api/admin/experts/" + viaApi, request(Map.of("fields", "publicity"))).statusCode())
                .isEqualTo(200);
        assertThat(console.postForm("/admin/experts/" + viaConsole + "/edit", form(Map.of("fields", "publicity")))
                .statusCode()).isEqualTo(302);
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "expert.update", null);
        assertThat(lastFor(viaConsole).changes()).isNotEmpty().isEqualTo(lastFor(viaApi).changes());

        for (String id : List.of(viaApi, viaConsole)) {
            String user = "U" + "%08x".formatted(id.hashCode()) + "0".repeat(24);
            assertThat(links.redeem(experts.issueLinkCode(id), user)).isInstanceOf(AccountLinks.Redemption.Linked.class);
        }
        assertThat(api.post("/api/admin/experts/" + viaApi + "/link-code", "").statusCode()).isEqualTo(200);
        assertThat(console.postForm("/admin/experts/" + viaConsole + "/link-code", Map.of("_csrf", csrf()))
                .statusCode()).isEqualTo(302);
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "expert.link-code", null);

        assertThat(api.delete("/api/admin/experts/" + viaApi).statusCode()).isEqualTo(204);
        assertThat(console.postForm("/admin/experts/" + viaConsole + "/delete", Map.of("_csrf", csrf()))
                .statusCode()).isEqualTo(302);
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "expert.delete", "LINE連携1件を解除");
        assertThat(experts.find(viaApi)).isEmpty();
        assertThat(experts.find(viaConsole)).isEmpty();
    }

    @Test
    void anExpertForAnotherFieldIsRefusedByBothAndAnIntroductionIsAuditedAndToldAlike() {
        Consultation viaApi = accountingConsultation("a");
        Consultation viaConsole = accountingConsultation("b");
        int audited = audit.latest(100).size();

        HttpResponse<String> apiRefused = api.post("/api/admin/consultations/" + viaApi.id() + "/expert-match",
                "{\"expertId\": \"EXP-3\"}");
        console.postForm("/admin/consultations/" + viaConsole.id() + "/expert-match",
                Map.of("expertId", "EXP-3", "_csrf", csrf()));

        assertThat(apiRefused.statusCode()).isEqualTo(422);
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body())
                .contains("この専門家は相談の分野に対応していません");
        assertThat(List.of(viaApi, viaConsole)).allSatisfy(c -> assertThat(consultations.find(c.id()).orElseThrow()
                .expertId()).isNull());
        assertThat(audit.latest(100)).filteredOn(entry -> entry.action().equals("consultation.expert-match"))
                .as("nothing matched, nothing audited").isEmpty();
        assertThat(LINE.pushesTo(viaApi.userId())).isEmpty();
        assertThat(LINE.pushesTo(viaConsole.userId())).isEmpty();
        assertThat(audit.latest(100).size()).as("only the console's reading of the page").isEqualTo(audited + 1);

        assertThat(api.post("/api/admin/consultations/" + viaApi.id() + "/expert-match", "{\"expertId\": \"EXP-1\"}")
                .statusCode()).isEqualTo(200);
        console.postForm("/admin/consultations/" + viaConsole.id() + "/expert-match",
                Map.of("expertId", "EXP-1", "_csrf", csrf()));
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body()).contains("専門家紹介済み：ひむか会計事務所");

        assertSameEntry(lastMatch(viaApi), lastMatch(viaConsole), "consultation.expert-match",
                "専門家「ひむか会計事務所」を紹介（専門家への連絡は職員から）");
        assertThat(lastMatch(viaConsole).targetName()).isEqualTo("相談 " + viaConsole.id());
        for (Consultation c : List.of(viaApi, viaConsole)) {
            assertThat(consultations.find(c.id()).orElseThrow().expertId()).isEqualTo("EXP-1");
            assertThat(LINE.pushesTo(c.userId())).singleElement().satisfies(push -> assertThat(push)
                    .contains("ひむか会計事務所"));
        }

        assertThat(api.post("/api/admin/consultations/" + viaApi.id() + "/expert-match", "{\"expertId\": \"EXP-2\"}")
                .statusCode()).isEqualTo(409);
        console.postForm("/admin/consultations/" + viaConsole.id() + "/expert-match",
                Map.of("expertId", "EXP-2", "_csrf", csrf()));
        assertThat(console.get("/admin/consultations/" + viaConsole.id()).body()).contains("すでに専門家を紹介済みです");
        assertThat(audit.latest(100)).filteredOn(entry -> entry.action().equals("consultation.expert-match"))
                .hasSize(2);
    }

    private Consultation accountingConsultation(String who) {
        return consultations.create("U" + who.repeat(32), ConsultationTopic.ACCOUNTING, "会計報告の作り方", "LINE", "",
                Expertise.ACCOUNTING, "清武");
    }

    private static String request(Map<String, String> changed) {
        Map<String, String> fields = fields(changed);
        return """
                {"name": "%s", "kind": "%s", "fields": ["%s"], "districts": ["%s"], "profile": "%s",
                 "publicContact": "%s", "staffContact": "%s"}""".formatted(fields.get("name"), fields.get("kind"),
                fields.get("fields"), fields.get("districts"), fields.get("profile"), fields.get("publicContact"),
                fields.get("staffContact"));
    }

    private Map<String, String> form(Map<String, String> changed) {
        Map<String, String> fields = fields(changed);
        fields.put("_csrf", csrf());
        return fields;
    }

    private static Map<String, String> fields(Map<String, String> changed) {
        Map<String, String> fields = new HashMap<>(Map.of("name", "宮崎デザイン室", "kind", "business",
                "fields", "design", "districts", "中央", "profile", " チラシとロゴを作ります。 ", "publicContact", "",
                "staffContact", "0985-00-9999"));
        fields.putAll(changed);
        return fields;
    }

    private String csrf() {
        return ConsoleSession.csrf(console.get("/admin/experts").body());
    }

    private AuditEntry lastMatch(Consultation c) {
        return trail.lastFor(c.id(), "consultation.expert-match");
    }

    private AuditEntry lastFor(String id) {
        return trail.lastFor(id);
    }

    private static void assertSameEntry(AuditEntry api, AuditEntry console, String action, String detail) {
        AuditTrail.assertSameEntry(api, console, "hinata", action, detail);
    }
}

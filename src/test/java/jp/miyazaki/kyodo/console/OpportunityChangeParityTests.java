package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.AuditLog.AuditEntry;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.signup.SignUpOutcome;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.AdminApi;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The admin API and the console change opportunities through one service: the same change made once through each,
 * on two identical opportunities with the same sign-ups, is refused the same way, and when made writes the same
 * audit entry and tells the same citizens on LINE.
 */
@Import(NoonInMiyazaki.class)
class OpportunityChangeParityTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "parity staff password";
    private static final String TITLE = "子ども食堂の配膳";

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

    private AdminApi api;
    private ConsoleSession console;
    private String viaApi;
    private String viaConsole;

    @BeforeEach
    void twoIdenticalOpportunities() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("hinata", PASSWORD, StaffRole.STAFF, "子育て支援課", "test", Instant.now());
        api = AdminApi.basic(port, "hinata", PASSWORD);
        console = ConsoleSession.signedIn(port, "hinata", PASSWORD);
        viaApi = create();
        viaConsole = create();
    }

    @Test
    void aCapacityBelowThePlacesTakenIsRefusedByBothAndAnAllowedOneAuditedAlike() {
        for (String id : List.of(viaApi, viaConsole)) {
            assertThat(signUps.signUp(id, citizen(id, 'a'), "宮崎 花子", "090-1234-5678", 2, false).kind())
                    .isEqualTo(SignUpOutcome.Kind.CONFIRMED);
        }
        int audited = audit.latest(100).size();

        HttpResponse<String> apiRefused = api.put("/api/admin/opportunities/" + viaApi, request(0));
        HttpResponse<String> consoleRefused = console.postForm("/admin/opportunities/" + viaConsole + "/edit",
                form(0));

        assertThat(apiRefused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(apiRefused.body()).get("detail").asString())
                .isEqualTo("capacity 0 is below the 2 places already taken; cancel sign-ups first");
        assertThat(consoleRefused.statusCode()).as("the form is shown again").isEqualTo(200);
        assertThat(consoleRefused.body()).contains("すでに2人分の申し込みがあるため、定員を0人にはできません。");
        assertThat(catalog.findOpportunity(viaApi).orElseThrow().capacity()).isEqualTo(10);
        assertThat(catalog.findOpportunity(viaConsole).orElseThrow().capacity()).isEqualTo(10);
        assertThat(audit.latest(100)).as("nothing changed, nothing audited").hasSize(audited);

        assertThat(api.put("/api/admin/opportunities/" + viaApi, request(2)).statusCode()).isEqualTo(200);
        assertThat(console.postForm("/admin/opportunities/" + viaConsole + "/edit", form(2)).statusCode())
                .isEqualTo(302);

        assertThat(catalog.findOpportunity(viaApi).orElseThrow().capacity()).isEqualTo(2);
        assertThat(catalog.findOpportunity(viaConsole).orElseThrow().capacity()).isEqualTo(2);
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "opportunity.update", null);
        assertThat(List.of(lastFor(viaApi), lastFor(viaConsole))).allSatisfy(entry -> {
            assertThat(entry.targetName()).isEqualTo(TITLE);
            assertThat(entry.changes()).containsExactly(new AuditLog.Change("定員", "10名", "2名"));
        });
    }

    @Test
    void deletingWithSignUpsIsRefusedByBothUnlessTheyAreToldAndThenBothTellThemOnLine() {
        for (String id : List.of(viaApi, viaConsole)) {
            signUps.signUp(id, citizen(id, 'a'), "宮崎 花子", "090-1234-5678", 10, false);
            assertThat(signUps.signUp(id, citizen(id, 'b'), "日向 太郎", "090-8765-4321", 1, true).kind())
                    .isEqualTo(SignUpOutcome.Kind.WAITLISTED);
        }
        int audited = audit.latest(100).size();

        HttpResponse<String> apiRefused = api.delete("/api/admin/opportunities/" + viaApi);
        HttpResponse<String> consoleRefused = console.postForm("/admin/opportunities/" + viaConsole + "/delete",
                Map.of("_csrf", csrf()));

        assertThat(apiRefused.statusCode()).isEqualTo(409);
        assertThat(json.readTree(apiRefused.body()).get("detail").asString()).startsWith("2 sign-up(s) would be dropped");
        assertThat(consoleRefused.statusCode()).isEqualTo(302);
        assertThat(console.get("/admin/opportunities").body())
                .contains("「" + TITLE + "」には申し込みが2件あるため削除できません。");
        assertThat(catalog.findOpportunity(viaApi)).isPresent();
        assertThat(catalog.findOpportunity(viaConsole)).isPresent();
        assertThat(audit.latest(100)).as("nothing deleted, nothing audited").hasSize(audited);
        assertThat(LINE.requests(LineApiMock.PUSH)).isEmpty();

        String confirmation = console.get("/admin/opportunities/" + viaConsole + "/delete").body();
        assertThat(confirmation).contains("「" + TITLE + "」", "申し込み 2件（確定 1件・10人、キャンセル待ち 1件）はすべて取り消されます。",
                "申し込んだ方には、LINEで中止をお知らせします。", "name=\"force\" value=\"true\"");
        HttpResponse<String> apiDeleted = api.delete("/api/admin/opportunities/" + viaApi + "?force=true");
        HttpResponse<String> consoleDeleted = console.postForm("/admin/opportunities/" + viaConsole + "/delete",
                Map.of("force", "true", "_csrf", ConsoleSession.csrf(confirmation)));

        assertThat(apiDeleted.statusCode()).isEqualTo(200);
        assertThat(consoleDeleted.statusCode()).isEqualTo(302);
        assertThat(console.get("/admin/opportunities").body())
                .contains("「" + TITLE + "」を削除し、申し込み2件を取り消しました。LINEでお知らせできたのは2人です。");
        assertThat(catalog.findOpportunity(viaApi)).isEmpty();
        assertThat(catalog.findOpportunity(viaConsole)).isEmpty();
        for (String id : List.of(viaApi, viaConsole)) {
            for (char who : new char[] {'a', 'b'}) {
                assertThat(signUps.ofUser(citizen(id, who))).isEmpty();
                await().atMost(Duration.ofSeconds(10)).until(() -> LINE.pushesTo(citizen(id, who)).size() == 1);
                assertThat(LINE.pushesTo(citizen(id, who)).get(0)).contains(TITLE, "中止");
            }
        }
        assertSameEntry(lastFor(viaApi), lastFor(viaConsole), "opportunity.delete",
                "申し込み2件を取り消し、2人にLINEでお知らせ");
    }

    private String create() {
        HttpResponse<String> created = api.post("/api/admin/opportunities", request(10));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("opportunity").get("id").asString();
    }

    private static String citizen(String opportunityId, char who) {
        return "U" + "%08x".formatted(opportunityId.hashCode()) + String.valueOf(who).repeat(24);
    }

    private static String request(int capacity) {
        return """
                {"kind": "volunteer", "title": "%s", "description": "配膳と片付けをお願いします", "category": "childcare",
                 "district": "大塚", "place": "大塚地区交流センター", "start": "2027-03-06T09:00:00+09:00",
                 "end": "2027-03-06T11:00:00+09:00", "capacity": %d, "organiser": "大塚子ども食堂の会",
                 "contact": "0985-00-0000"}""".formatted(TITLE, capacity);
    }

    /** The same opportunity as {@link #request}, as the console's form posts it. */
    private Map<String, String> form(int capacity) {
        Map<String, String> fields = new HashMap<>(Map.of("kind", "volunteer", "title", TITLE,
                "description", "配膳と片付けをお願いします", "category", "childcare", "district", "大塚",
                "place", "大塚地区交流センター", "start", "2027-03-06T09:00", "end", "2027-03-06T11:00",
                "capacity", Integer.toString(capacity), "organiser", "大塚子ども食堂の会"));
        fields.put("contact", "0985-00-0000");
        fields.put("department", "子育て支援課");
        fields.put("_csrf", csrf());
        return fields;
    }

    private String csrf() {
        return ConsoleSession.csrf(console.get("/admin/opportunities").body());
    }

    private AuditEntry lastFor(String id) {
        return audit.latest(100).stream().filter(entry -> id.equals(entry.target())).findFirst().orElseThrow();
    }

    private static void assertSameEntry(AuditEntry api, AuditEntry console, String action, String detail) {
        for (AuditEntry entry : List.of(api, console)) {
            assertThat(entry.actor()).isEqualTo("hinata");
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.detail()).isEqualTo(detail);
        }
    }
}

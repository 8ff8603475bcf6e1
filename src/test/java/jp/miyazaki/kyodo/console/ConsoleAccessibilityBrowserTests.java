package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.broadcast.BroadcastJobs;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.broadcast.Segment;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.expert.Experts;
import jp.miyazaki.kyodo.expert.SampleExpertsLoader;
import jp.miyazaki.kyodo.group.JoinRequest;
import jp.miyazaki.kyodo.group.JoinRequests;
import jp.miyazaki.kyodo.group.Recruitment;
import jp.miyazaki.kyodo.group.RecruitmentStatus;
import jp.miyazaki.kyodo.group.Recruitments;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.Axe;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Every page of the console, signed in as an admin over the sample data plus a sign-up, a consultation, a
 * broadcast, a recruitment and a join request, checked with axe-core against WCAG 2.2 AA in headless Chromium.
 * Any violation fails; what axe found per page is written to {@code target/accessibility-console.txt}. Also the
 * activity pages that guard sign-ups: the edit page counts them, the delete confirmation names the activity and
 * says they will be cancelled and told on LINE, and they are.
 */
@Import(NoonInMiyazaki.class)
class ConsoleAccessibilityBrowserTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "console a11y password 1";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("a11y-");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;
    @Autowired
    private Consultations consultations;
    @Autowired
    private BroadcastJobs broadcasts;
    @Autowired
    private Recruitments recruitments;
    @Autowired
    private JoinRequests joinRequests;
    @Autowired
    private Experts experts;
    @Autowired
    private SampleExpertsLoader sampleExperts;

    private String broadcastId;

    @BeforeEach
    void sampleDataWithSomethingOnEveryPage() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        sampleExperts.loadIfEmpty();
        accounts.create("tsubaki", PASSWORD, StaffRole.ADMIN, "市民活動推進課", "test", Instant.now());
        signUps.signUp("opp-001", "U" + "a".repeat(32), "宮崎 花子", "090-1234-5678", 2, false);
        consultations.create("U" + "b".repeat(32), ConsultationTopic.ACCOUNTING, "会計報告の書き方を知りたいです",
                "LINE", "");
        broadcastId = broadcasts.create("今週末、青島海岸で朝のごみ拾いを行います。", "opp-001", Segment.EVERYONE, false,
                "tsubaki", "市民活動推進課", Instant.now(), Instant.now().plusSeconds(86_400)).id();
        LocalDate day = LocalDate.now().plusDays(10);
        recruitments.save(new Recruitment("R00001", "GRP-2", "子ども食堂の配膳ボランティア", day, LocalTime.of(10, 0),
                LocalTime.of(13, 0), "檍地区交流センター 調理室", 6, "配膳と片付けをお願いします。",
                RecruitmentStatus.PENDING, Instant.now(), null, null));
        joinRequests.save("U" + "c".repeat(32), new JoinRequest("J00001", "GRP-7", "宮崎 太郎", "清掃に参加したいです",
                "09012345678", Instant.now(), 0));
    }

    @Test
    void everyPageMeetsWcag22AA() throws IOException {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        chromium.driver().manage().deleteAllCookies();
        check("/admin/login", "login", found);
        chromium.signIn(url("/admin/login"), "tsubaki", PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/admin", "dashboard");
        pages.put("/admin/opportunities", "opportunities");
        pages.put("/admin/opportunities/new", "opportunity-new");
        pages.put("/admin/opportunities/opp-001/edit", "opportunity-edit");
        pages.put("/admin/opportunities/opp-001/delete", "opportunity-delete");
        pages.put("/admin/opportunities/opp-001/signups", "signups");
        pages.put("/admin/opportunities/opp-001/attendance", "attendance");
        pages.put("/admin/activity-records", "activity-records");
        pages.put("/admin/feedback", "feedback");
        pages.put("/admin/grants", "grants");
        pages.put("/admin/grants/new", "grant-new");
        pages.put("/admin/grants/" + catalog.listGrants().get(0).id() + "/edit", "grant-edit");
        pages.put("/admin/facilities", "facilities");
        pages.put("/admin/facilities/new", "facility-new");
        pages.put("/admin/facilities/" + catalog.listFacilities().get(0).id() + "/edit", "facility-edit");
        pages.put("/admin/groups", "groups");
        pages.put("/admin/groups/new", "group-new");
        pages.put("/admin/groups/GRP-2/edit", "group-edit");
        pages.put("/admin/recruitments", "recruitments");
        pages.put("/admin/recruitments/R00001", "recruitment");
        pages.put("/admin/join-requests", "join-requests");
        pages.put("/admin/consultations", "consultations");
        pages.put("/admin/experts", "experts");
        pages.put("/admin/experts/new", "expert-new");
        pages.put("/admin/experts/" + experts.list().get(0).id() + "/edit", "expert-edit");
        pages.put("/admin/broadcasts", "broadcasts");
        pages.put("/admin/broadcasts/new", "broadcast-new");
        pages.put("/admin/broadcasts/" + broadcastId, "broadcast");
        pages.put("/admin/rich-menu", "rich-menu");
        pages.put("/admin/audit", "audit");
        pages.put("/admin/staff", "staff");
        pages.put("/admin/opportunities/opp-none/edit", "error-404");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            check(page.getKey(), page.getValue(), found);
        }

        Files.writeString(Path.of("target", "accessibility-console.txt"), found.entrySet().stream()
                .map(page -> page.getKey() + "\t" + page.getValue().size() + "\t" + page.getValue().stream()
                        .map(Axe.Violation::id).toList() + "\t" + page.getValue().toString().replace('\n', ' '))
                .collect(Collectors.joining("\n", "", "\n")));
        assertThat(found).as("WCAG 2.2 AA violations per page (see target/accessibility-console.txt)")
                .allSatisfy((path, violations) -> assertThat(violations).as(path).isEmpty());
    }

    @Test
    void theEditPageCountsTheSignUpsAndDeletingNamesTheActivityAndTellsThem() throws IOException {
        ChromeDriver browser = chromium.driver();
        String title = catalog.findOpportunity("opp-001").orElseThrow().title();
        chromium.signIn(url("/admin/login"), "tsubaki", PASSWORD);

        browser.get(url("/admin/opportunities/opp-001/edit"));
        assertThat(browser.findElement(By.id("signup-summary")).getText())
                .contains("確定 1件（2人）・キャンセル待ち 0件", "定員は申し込み済みの2人より少なくできません。");
        chromium.screenshot("opportunity-edit-signups");

        browser.get(url("/admin/opportunities"));
        browser.findElement(By.cssSelector("a[href='/admin/opportunities/opp-001/delete']")).click();
        chromium.patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("delete-confirmation")));
        assertThat(browser.findElement(By.id("delete-confirmation")).getText()).contains("「" + title + "」",
                "申し込み 1件（確定 1件・2人、キャンセル待ち 0件）はすべて取り消されます。", "LINEで中止をお知らせします。");
        chromium.screenshot("opportunity-delete-confirmation");
        browser.findElement(By.id("confirm-delete")).click();

        chromium.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "「" + title + "」を削除し、申し込み1件を取り消しました。"));
        assertThat(catalog.findOpportunity("opp-001")).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(LINE.pushesTo("U" + "a".repeat(32)))
                .as("all pushes: %s", LINE.requests(LineApiMock.PUSH).stream().map(r -> r.getBodyAsString()).toList())
                .singleElement().satisfies(push -> assertThat(push).contains(title, "中止")));
    }

    private void check(String path, String name, Map<String, List<Axe.Violation>> found) throws IOException {
        chromium.driver().get(url(path));
        assertThat(chromium.driver().getTitle()).as(path).contains("協働ボット");
        found.put(path, chromium.accessibilityViolations());
        chromium.screenshot(name);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

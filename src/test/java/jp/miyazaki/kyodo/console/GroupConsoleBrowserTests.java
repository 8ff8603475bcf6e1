package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.admin.FirstAdmin;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.group.GroupDirectory;
import jp.miyazaki.kyodo.group.JoinRequest;
import jp.miyazaki.kyodo.group.JoinRequests;
import jp.miyazaki.kyodo.group.Recruitment;
import jp.miyazaki.kyodo.group.RecruitmentStatus;
import jp.miyazaki.kyodo.group.Recruitments;
import jp.miyazaki.kyodo.link.AccountLinks;
import jp.miyazaki.kyodo.link.LinkTarget;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Staff handle groups in headless Chromium: issue a leader's link code (shown once), approve a recruitment a leader
 * posted (with the similar activities beside it) so it is published and the leader is told on LINE, reject another
 * with a reason, and read the join requests. Same context as {@link ConsoleBrowserTests}; screenshots go to
 * {@code target/console-groups-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = {"kyodo.admin.username=aoi-admin", "kyodo.admin.password=console test password 1",
        "kyodo.broadcast.poll-interval=100ms"})
class GroupConsoleBrowserTests extends KyodoIntegrationTest {

    private static final String LEADER = "U" + "5".repeat(32);

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("console-groups-");

    @Autowired
    private FirstAdmin firstAdmin;
    @Autowired
    private AccountLinks links;
    @Autowired
    private Recruitments recruitments;
    @Autowired
    private JoinRequests joinRequests;
    @Autowired
    private CatalogRepository catalog;

    @DynamicPropertySource
    static void dataEndpoint(DynamicPropertyRegistry registry) {
        registry.add("kyodo.rich-menu.api-data-endpoint", LINE::baseUrl);
    }

    @BeforeEach
    void aLinkedLeaderWithTwoRecruitmentsAndAJoinRequest() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        firstAdmin.ensure();
        links.redeem(links.issue(new LinkTarget(GroupDirectory.LINK_KIND, "GRP-2")), LEADER);
        LocalDate day = LocalDate.now().plusDays(10);
        recruitments.save(new Recruitment("R00001", "GRP-2", "子ども食堂の配膳ボランティア", day, LocalTime.of(10, 0),
                LocalTime.of(13, 0), "檍地区交流センター 調理室", 6, "配膳と片付けをお願いします。", RecruitmentStatus.PENDING,
                Instant.now(), null, null));
        recruitments.save(new Recruitment("R00002", "GRP-2", "食材の仕分け", day.plusDays(7), LocalTime.of(9, 0),
                LocalTime.of(11, 0), "檍地区交流センター", 4, "寄付された食材を仕分けます。", RecruitmentStatus.PENDING,
                Instant.now().plusSeconds(1), null, null));
        joinRequests.save("U" + "6".repeat(32), new JoinRequest("J00001", "GRP-7", "宮崎 太郎", "清掃に参加したいです",
                "09012345678", Instant.now(), 0));
    }

    @Test
    void staffIssueALinkCodeApproveOneRecruitmentRejectAnotherAndReadTheJoinRequests() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "aoi-admin", "console test password 1");

        browser.findElement(By.linkText("団体")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "団体"));
        assertThat(browser.findElement(By.id("group-GRP-2")).getText()).contains("檍子ども食堂の会", "1名");
        chromium.screenshot("groups");
        browser.findElement(By.id("group-GRP-2")).findElement(By.cssSelector("form button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link-code")));
        assertThat(browser.findElement(By.id("link-code")).getText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        chromium.screenshot("link-code");

        browser.get(url("/admin/groups"));
        browser.findElement(By.id("new-group")).click();
        browser.findElement(By.name("name")).sendKeys("生目台 見守り隊");
        new Select(browser.findElement(By.name("kind"))).selectByValue("civic");
        new Select(browser.findElement(By.name("districts"))).selectByValue("生目台");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("alert")));
        assertThat(browser.findElement(By.className("alert")).getText()).contains("分野を1つ以上選んでください");
        browser.findElement(By.cssSelector("input[name=categories][value=welfare]")).click();
        browser.findElement(By.name("contact")).sendKeys("0985-00-3000");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "「生目台 見守り隊」を登録しました。"));
        assertThat(browser.findElement(By.id("group-GRP-12")).getText()).contains("生目台 見守り隊", "生目台", "福祉", "0名")
                .as("staff know a group by its name, not its id").doesNotContain("GRP-");
        browser.findElement(By.id("group-GRP-12")).findElement(By.linkText("編集")).click();
        browser.findElement(By.cssSelector("input[name=categories][value=community]")).click();
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "更新しました"));
        assertThat(browser.findElement(By.id("group-GRP-12")).getText()).contains("福祉", "地域づくり");

        browser.findElement(By.linkText("募集承認")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pending")));
        assertThat(browser.findElement(By.id("pending")).getText()).contains("子ども食堂の配膳ボランティア", "食材の仕分け");
        browser.findElements(By.linkText("確認して承認")).get(0).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "子ども食堂の配膳ボランティア"));
        assertThat(browser.findElement(By.id("similar")).getText()).contains("似ている活動", "子ども食堂の調理・配膳サポート");
        chromium.screenshot("recruitment");
        browser.findElement(By.id("approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "公開しました"));
        assertThat(browser.findElement(By.className("notice")).getText()).contains("代表者1名");
        Opportunity published = catalog.findOpportunity("opp-r00001").orElseThrow();
        assertThat(published.organiser()).isEqualTo("檍子ども食堂の会");
        assertThat(LINE.requests(LineApiMock.PUSH)).anySatisfy(push -> assertThat(push.getBodyAsString())
                .contains(LEADER, "募集が公開されました"));

        browser.findElement(By.linkText("確認して承認")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "食材の仕分け"));
        browser.findElement(By.id("reason")).sendKeys("日程が施設の休館日と重なっています。");
        browser.findElement(By.id("reject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "差し戻しました"));
        assertThat(browser.findElement(By.id("no-pending")).getText()).contains("承認待ちの募集はありません");
        assertThat(browser.findElement(By.id("decided")).getText()).contains("公開済み", "差し戻し", "休館日")
                .as("the published activity by its title, not its id").doesNotContain("opp-r00001");
        assertThat(LINE.requests(LineApiMock.PUSH)).anySatisfy(push -> assertThat(push.getBodyAsString())
                .contains(LEADER, "休館日"));
        chromium.screenshot("recruitments");

        browser.findElement(By.linkText("参加希望")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("join-requests")));
        assertThat(browser.findElement(By.id("join-requests")).getText())
                .contains("大淀川をきれいにする会", "宮崎 太郎", "未連携：団体へお伝えください");
        chromium.screenshot("join-requests");

        browser.get(url("/admin/audit"));
        assertThat(browser.findElement(By.tagName("table")).getText())
                .contains("団体の連携コードを発行", "募集を承認 子ども食堂の配膳ボランティア", "募集を差し戻し 食材の仕分け",
                        "団体を変更 生目台 見守り隊\n分野：福祉 → 福祉、地域づくり")
                .doesNotContain("group.link-code", "recruitment.approve", "recruitment.reject");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

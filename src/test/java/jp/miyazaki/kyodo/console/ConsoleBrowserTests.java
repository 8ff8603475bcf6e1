package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.miyazaki.kyodo.admin.FirstAdmin;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.subscription.Subscriptions;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * A staff member's day in headless Chromium: sign in as the first admin, add an opportunity, send a notice to the
 * citizens who follow its category and see it reach WireMock (LINE), download the sign-ups as CSV, and find all
 * of it in the audit log; install the rich menu from its confirmation page. Screenshots go to {@code target/console-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = {"kyodo.admin.username=aoi-admin", "kyodo.admin.password=console test password 1",
        "kyodo.broadcast.poll-interval=100ms"})
class ConsoleBrowserTests extends KyodoIntegrationTest {

    private static final String TITLE = "青島海岸 朝のごみ拾い（ブラウザテスト）";
    private static final String NOTICE = "今週末、青島海岸で朝のごみ拾いを行います。ご参加をお待ちしています。";
    private static final String FOLLOWER_1 = "U" + "1".repeat(32);
    private static final String FOLLOWER_2 = "U" + "2".repeat(32);
    private static final String BLOCKED = "U" + "3".repeat(32);
    private static final String WELFARE_ONLY = "U" + "4".repeat(32);

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("console-");

    @Autowired
    private FirstAdmin firstAdmin;
    @Autowired
    private Subscriptions subscriptions;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;

    @DynamicPropertySource
    static void dataEndpoint(DynamicPropertyRegistry registry) {
        registry.add("kyodo.rich-menu.api-data-endpoint", LINE::baseUrl);
    }

    @BeforeEach
    void firstAdminAndCitizens() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        firstAdmin.ensure();
        subscriptions.follow(FOLLOWER_1, List.of(Category.ENVIRONMENT), List.of("青島"));
        subscriptions.follow(FOLLOWER_2, List.of(Category.ENVIRONMENT), List.of());
        subscriptions.follow(BLOCKED, List.of(Category.ENVIRONMENT), List.of("青島"));
        subscriptions.deactivate(BLOCKED);
        subscriptions.follow(WELFARE_ONLY, List.of(Category.WELFARE), List.of("青島"));
    }

    @Test
    void signInAddAnOpportunitySendANoticeToItsCategoryAndDownloadTheSignUps() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();

        browser.manage().deleteAllCookies();
        browser.get(url("/admin"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/login");
        chromium.screenshot("login");
        chromium.submitLogin("aoi-admin", "console test password 1");
        assertThat(browser.findElement(By.className("figures")).getText()).contains("通知を受け取る友だち");
        chromium.screenshot("dashboard");

        browser.get(url("/admin/opportunities/new"));
        browser.findElement(By.name("title")).sendKeys(TITLE);
        new Select(browser.findElement(By.name("category"))).selectByValue("environment");
        new Select(browser.findElement(By.name("district"))).selectByValue("青島");
        browser.findElement(By.name("place")).sendKeys("青島海岸 北側駐車場");
        WebElement capacity = browser.findElement(By.name("capacity"));
        capacity.clear();
        capacity.sendKeys("20");
        chromium.screenshot("opportunity-form");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "登録しました"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains(TITLE);
        chromium.screenshot("opportunities");
        Opportunity created = catalog.listOpportunities().stream().filter(o -> o.title().equals(TITLE))
                .findFirst().orElseThrow();
        assertThat(created.category()).isEqualTo(Category.ENVIRONMENT);
        assertThat(created.district()).isEqualTo("青島");
        assertThat(created.capacity()).isEqualTo(20);

        browser.get(url("/admin/broadcasts/new"));
        wait.until(ExpectedConditions.textToBe(By.id("recipient-count"), "3"));
        browser.findElement(By.cssSelector("input[name=categories][value=environment]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("recipient-count"), "2"));
        browser.findElement(By.id("text")).sendKeys(NOTICE);
        assertThat(browser.findElement(By.id("preview")).getText()).isEqualTo(NOTICE);
        chromium.screenshot("broadcast-composer");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.textToBe(By.id("confirm-count"), "2"));
        chromium.screenshot("broadcast-confirmation");
        browser.findElement(By.id("confirm-send")).click();
        wait.withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.className("status"), "完了"));
        assertThat(browser.findElement(By.id("job-sent")).getText()).isEqualTo("2 / 2");
        assertThat(browser.findElement(By.className("facts")).getText()).contains("環境");
        chromium.screenshot("broadcast-done");
        List<LoggedRequest> multicasts = LINE.requests(LineApiMock.MULTICAST);
        assertThat(multicasts).hasSize(1);
        assertThat(multicasts.get(0).getBodyAsString()).contains(NOTICE).contains(FOLLOWER_1).contains(FOLLOWER_2)
                .doesNotContain(BLOCKED).doesNotContain(WELFARE_ONLY);

        signUps.signUp(created.id(), FOLLOWER_1, "宮崎 花子", "090-1234-5678", 2, false);
        browser.get(url("/admin/opportunities/" + created.id() + "/signups"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("宮崎 花子");
        chromium.screenshot("signups");
        String csvLink = browser.findElement(By.id("csv")).getAttribute("href");
        String text = chromium.downloadCsv(csvLink);
        assertThat(text.split("\r\n")).hasSize(2);
        assertThat(text).startsWith("受付番号,氏名,連絡先,人数,状態,申込日時\r\n")
                .contains("\"宮崎 花子\",\"090-1234-5678\",\"2\",\"確定\"");

        browser.get(url("/admin/audit"));
        String audit = browser.findElement(By.tagName("table")).getText();
        assertThat(audit).contains("活動を登録", "配信を作成", "申込者をCSVで出力", TITLE, "aoi-admin",
                        "宛先: 分野：環境／地域：すべて")
                .doesNotContain("opportunity.create", "broadcast.create", "signups.export");
        chromium.screenshot("audit");
    }

    @Test
    void installsTheRichMenuAfterItsConfirmationAndFitsATablet() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "aoi-admin", "console test password 1");

        browser.get(url("/admin/rich-menu"));
        wait.until(driver -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector('img.richmenu-preview'); return img.complete && img.naturalWidth > 0;"));
        Long naturalWidth = (Long) browser.executeScript(
                "return document.querySelector('img.richmenu-preview').naturalWidth;");
        assertThat(naturalWidth).isEqualTo(2500L);
        chromium.screenshot("rich-menu");
        browser.findElement(By.id("to-install")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("install-effect"), "友だち全員"));
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).as("nothing installed before it is confirmed").isEmpty();
        browser.findElement(By.id("install")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "設定しました"));
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).hasSize(1);
        assertThat(LINE.requests(LineApiMock.RICH_MENU_CONTENT)).hasSize(1);
        assertThat(LINE.requests(LineApiMock.DEFAULT_RICH_MENU)).hasSize(1);

        try {
            browser.manage().window().setSize(new Dimension(800, 1100));
            browser.get(url("/admin/broadcasts/new"));
            Long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no sideways scrolling on a tablet").isZero();
            chromium.screenshot("tablet-composer");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.subscription.Subscriptions;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * A staff member of 環境保全課 in headless Chromium: adds a beach clean-up in 青島, is shown the existing
 * 青島海岸ビーチクリーン as a similar activity, and filters the lists by department. Screenshots go to
 * {@code target/departments-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = "kyodo.broadcast.poll-interval=100ms")
class DepartmentsBrowserTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "environment password 1";
    private static final String TITLE = "青島 ビーチクリーン（秋）";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("departments-");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private Subscriptions subscriptions;

    @BeforeEach
    void staffOfTheEnvironmentDepartment() {
        accounts.create("midori", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        // A broadcast to nobody is refused, so the one below has a citizen to reach.
        subscriptions.follow("U" + "e".repeat(32), List.of(Category.DISASTER), List.of());
    }

    @Test
    void aBeachCleanUpInAoshimaShowsTheExistingOneAndTheListFiltersByDepartment() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "midori", PASSWORD);
        assertThat(browser.findElement(By.id("staff-department")).getText()).isEqualTo("環境保全課");

        browser.get(url("/admin/opportunities/new"));
        assertThat(new Select(browser.findElement(By.name("department"))).getFirstSelectedOption().getText())
                .isEqualTo("環境保全課");
        browser.findElement(By.name("title")).sendKeys(TITLE);
        new Select(browser.findElement(By.name("category"))).selectByValue("environment");
        new Select(browser.findElement(By.name("district"))).selectByValue("青島");
        browser.findElement(By.name("place")).sendKeys("青島海岸");
        browser.findElement(By.name("organiser")).sendKeys("青島サーフクラブ");
        browser.findElement(By.name("description")).sendKeys("青島海岸の砂浜でごみ拾いをします。ごみ袋を用意します。");
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "登録しました"));
        String similar = browser.findElement(By.id("similar")).getText();
        assertThat(similar).contains("似ている活動", "青島海岸ビーチクリーン", "青島地域まちづくり推進委員会", "環境保全課")
                .contains("共通する言葉").contains("砂浜");
        assertThat(similar).doesNotContain("子ども食堂");
        chromium.screenshot("similar-after-create");
        Opportunity created = catalog.listOpportunities().stream().filter(o -> o.title().equals(TITLE))
                .findFirst().orElseThrow();
        assertThat(created.department()).isEqualTo("環境保全課");

        browser.get(url("/admin/opportunities/" + created.id() + "/edit"));
        assertThat(browser.findElement(By.id("similar")).getText()).contains("青島海岸ビーチクリーン")
                .doesNotContain(TITLE);
        chromium.screenshot("similar-on-edit");

        browser.get(url("/admin/opportunities"));
        assertThat(browser.findElements(By.id("similar"))).as("only right after adding").isEmpty();
        new Select(browser.findElement(By.id("department-filter"))).selectByValue("環境保全課");
        browser.findElement(By.id("filter")).click();
        wait.until(ExpectedConditions.urlContains("department="));
        String filtered = browser.findElement(By.tagName("table")).getText();
        assertThat(filtered).contains(TITLE, "青島海岸ビーチクリーン", "環境保全課")
                .doesNotContain("子ども食堂の調理・配膳サポート", "子育て支援課");
        assertThat(new Select(browser.findElement(By.id("department-filter"))).getFirstSelectedOption().getText())
                .isEqualTo("環境保全課");
        chromium.screenshot("opportunities-by-department");

        new Select(browser.findElement(By.id("department-filter"))).selectByValue("");
        browser.findElement(By.id("filter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("table"), "子ども食堂の調理・配膳サポート"));
    }

    @Test
    void grantsAndBroadcastsFilterByDepartment() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "midori", PASSWORD);

        browser.get(url("/admin/grants?department=環境保全課"));
        String grants = browser.findElement(By.tagName("table")).getText();
        assertThat(grants).contains("環境保全活動支援補助金").doesNotContain("自主防災組織 資機材整備補助金");

        browser.get(url("/admin/broadcasts/new"));
        assertThat(new Select(browser.findElement(By.id("department"))).getOptions()).as("staff send for their own")
                .extracting(WebElement::getText).containsExactly("環境保全課");
        browser.findElement(By.id("text")).sendKeys("防災訓練のお知らせです。");
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-send"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("job-department")));
        assertThat(browser.findElement(By.id("job-department")).getText()).isEqualTo("環境保全課");

        browser.get(url("/admin/broadcasts?department=環境保全課"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("防災訓練のお知らせです。", "環境保全課");
        chromium.screenshot("broadcasts-by-department");
        browser.get(url("/admin/broadcasts?department=危機管理課"));
        assertThat(browser.findElements(By.tagName("table"))).isEmpty();
    }

    @Test
    void anotherDepartmentsActivitiesAreShownReadOnlyAndTheirEditPageSaysWhose() throws Exception {
        ChromeDriver browser = chromium.driver();
        chromium.signIn(url("/admin/login"), "midori", PASSWORD);

        browser.get(url("/admin/opportunities?department=市民活動推進課"));
        List<org.openqa.selenium.WebElement> rows = browser.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getText()).contains("市民活動推進課の担当（閲覧のみ）");
            assertThat(row.findElements(By.cssSelector("a[href$='/edit'], a[href$='/delete'], a[href$='/signups']")))
                    .isEmpty();
        });
        chromium.screenshot("other-department-read-only");
        browser.get(url("/admin/grants?department=環境保全課"));
        assertThat(browser.findElements(By.cssSelector("tbody tr .edit"))).as("her own department's").isNotEmpty();

        browser.get(url("/admin/opportunities/opp-023/edit"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ほかの部署が担当する項目です");
        assertThat(browser.findElement(By.id("error")).getText())
                .contains("この項目は市民活動推進課の担当です。", "市民活動推進課か管理者に依頼してください。");
        assertThat(browser.findElement(By.id("staff-department")).getText()).isEqualTo("環境保全課");
        chromium.screenshot("other-department-refused");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

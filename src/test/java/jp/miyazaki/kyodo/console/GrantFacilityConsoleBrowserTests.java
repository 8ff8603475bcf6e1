package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.admin.AuditLog;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Facility;
import jp.miyazaki.kyodo.catalog.Grant;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * A staff member of 環境保全課 in headless Chromium adds a grant and a facility (mistakes are shown in Japanese next to
 * the fields), edits and deletes them after confirming, each change audited. Screenshots go to
 * {@code target/catalog-forms-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = "kyodo.broadcast.poll-interval=100ms")
class GrantFacilityConsoleBrowserTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "environment password 1";
    private static final String GRANT = "海岸清掃活動補助金（テスト）";
    private static final String FACILITY = "青島地区交流センター（テスト）";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("catalog-forms-");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private AuditLog audit;

    @BeforeEach
    void staffOfTheEnvironmentDepartment() {
        accounts.create("midori", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
    }

    @Test
    void aGrantIsAddedAfterItsMistakesAreShownThenEditedAndDeleted() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "midori", PASSWORD);

        browser.get(url("/admin/grants"));
        browser.findElement(By.id("new-grant")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "補助金の登録"));
        assertThat(new Select(browser.findElement(By.name("department"))).getFirstSelectedOption().getText())
                .isEqualTo("環境保全課");
        browser.findElement(By.cssSelector("input[name=categories][value=environment]")).click();
        date(browser, "applicationOpens", "2026-12-01");
        date(browser, "deadline", "2026-11-20");
        browser.findElement(By.name("url")).sendKeys("www.example.jp");
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("field-error")));
        assertThat(errorNextTo(browser, "name")).isEqualTo("名称を入力してください");
        assertThat(errorNextTo(browser, "deadline")).isEqualTo("締切日は受付開始日より後にしてください");
        assertThat(errorNextTo(browser, "url")).isEqualTo("URLは http:// または https:// で始めてください");
        assertThat(browser.findElement(By.cssSelector("input[name=categories][value=environment]")).isSelected())
                .as("what was typed stays").isTrue();
        chromium.screenshot("grant-errors");

        browser.findElement(By.name("name")).sendKeys(GRANT);
        date(browser, "deadline", "2027-01-31");
        WebElement url = browser.findElement(By.name("url"));
        url.clear();
        url.sendKeys("https://www.city.miyazaki.miyazaki.jp/");
        browser.findElement(By.name("amount")).sendKeys("上限5万円");
        browser.findElement(By.name("eligibleGroups")).sendKeys("自治会\n海岸清掃ボランティア団体");
        browser.findElement(By.name("requiredDocuments")).sendKeys("申請書\n活動計画書");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "登録しました"));
        Grant created = catalog.listGrants().stream().filter(g -> g.name().equals(GRANT)).findFirst().orElseThrow();
        assertThat(created.department()).isEqualTo("環境保全課");
        assertThat(created.categories()).containsExactly(Category.ENVIRONMENT);
        assertThat(created.eligibleGroups()).containsExactly("自治会", "海岸清掃ボランティア団体");
        assertThat(created.deadline()).isEqualTo(LocalDate.parse("2027-01-31"));
        assertThat(browser.findElement(By.id("grant-" + created.id())).getText()).contains(GRANT, "上限5万円",
                "2027/1/31", "環境保全課");
        chromium.screenshot("grants");

        browser.findElement(By.cssSelector("#grant-" + created.id() + " .edit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "補助金の編集"));
        assertThat(browser.findElement(By.name("requiredDocuments")).getAttribute("value"))
                .isEqualTo("申請書\n活動計画書");
        WebElement amount = browser.findElement(By.name("amount"));
        amount.clear();
        amount.sendKeys("上限10万円");
        new Select(browser.findElement(By.name("department"))).selectByValue("危機管理課");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "更新しました"));
        Grant edited = catalog.findGrant(created.id()).orElseThrow();
        assertThat(edited.amount()).isEqualTo("上限10万円");
        assertThat(edited.department()).isEqualTo("危機管理課");
        assertThat(edited.requiredDocuments()).containsExactly("申請書", "活動計画書");
        // Handed over: now 危機管理課's, which only its staff and admins change; handed back to go on.
        assertThat(browser.findElement(By.id("grant-" + created.id())).getText()).contains("危機管理課の担当（閲覧のみ）");
        assertThat(browser.findElements(By.cssSelector("#grant-" + created.id() + " .delete"))).isEmpty();
        catalog.save(edited.withDepartment("環境保全課"));
        browser.navigate().refresh();

        browser.findElement(By.cssSelector("#grant-" + created.id() + " .delete")).click();
        Alert question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isEqualTo("補助金「" + GRANT + "」を削除しますか？市民の検索結果からも消えます。");
        question.dismiss();
        assertThat(catalog.findGrant(created.id())).as("not without confirming").isPresent();
        browser.findElement(By.cssSelector("#grant-" + created.id() + " .delete")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "削除しました"));
        assertThat(catalog.findGrant(created.id())).isEmpty();
        assertThat(browser.findElements(By.id("grant-" + created.id()))).isEmpty();

        assertThat(audit.latest(10)).filteredOn(entry -> created.id().equals(entry.target()))
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("midori"))
                .extracting(AuditLog.AuditEntry::action)
                .containsExactly("grant.delete", "grant.update", "grant.create");
        assertThat(audit.latest(10)).filteredOn(entry -> entry.action().equals("grant.update")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.targetName()).isEqualTo(created.name());
                    assertThat(entry.changes()).extracting(AuditLog.Change::field).containsExactly("金額", "部署");
                    assertThat(entry.changes()).last()
                            .isEqualTo(new AuditLog.Change("部署", "環境保全課", "危機管理課"));
                });
    }

    @Test
    void aFacilityIsAddedAfterItsMistakesAreShownThenEditedAndDeleted() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "midori", PASSWORD);

        browser.get(url("/admin/facilities"));
        browser.findElement(By.id("new-facility")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "施設の登録"));
        assertThat(new Select(browser.findElement(By.name("department"))).getFirstSelectedOption().getText())
                .isEqualTo("環境保全課");
        browser.findElement(By.name("name")).sendKeys(FACILITY);
        browser.findElement(By.name("phone")).sendKeys("0985-XX-0000");
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("field-error")));
        assertThat(errorNextTo(browser, "kind")).isEqualTo("種類を入力してください（公民館、交流センターなど）");
        assertThat(errorNextTo(browser, "phone")).isEqualTo("電話番号は半角の数字とハイフンで20文字以内にしてください");
        assertThat(browser.findElement(By.name("name")).getAttribute("value")).isEqualTo(FACILITY);
        chromium.screenshot("facility-errors");

        browser.findElement(By.name("kind")).sendKeys("交流センター");
        WebElement phone = browser.findElement(By.name("phone"));
        phone.clear();
        phone.sendKeys("0985-00-9999");
        new Select(browser.findElement(By.name("district"))).selectByValue("青島");
        browser.findElement(By.name("rooms")).sendKeys("多目的ホール\n会議室");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "登録しました"));
        Facility created = catalog.listFacilities().stream().filter(f -> f.name().equals(FACILITY)).findFirst()
                .orElseThrow();
        assertThat(created.department()).isEqualTo("環境保全課");
        assertThat(created.rooms()).containsExactly("多目的ホール", "会議室");
        assertThat(browser.findElement(By.id("facility-" + created.id())).getText()).contains(FACILITY, "交流センター",
                "青島", "0985-00-9999", "環境保全課");

        browser.findElement(By.cssSelector("#facility-" + created.id() + " .edit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "施設の編集"));
        browser.findElement(By.name("hours")).sendKeys("9:00〜21:00（月曜休館）");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "更新しました"));
        Facility edited = catalog.findFacility(created.id()).orElseThrow();
        assertThat(edited.hours()).isEqualTo("9:00〜21:00（月曜休館）");
        assertThat(edited.department()).as("kept").isEqualTo("環境保全課");
        assertThat(edited.district()).isEqualTo("青島");

        browser.findElement(By.cssSelector("#facility-" + created.id() + " .delete")).click();
        Alert question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isEqualTo("施設「" + FACILITY + "」を削除しますか？市民の検索結果からも消えます。");
        question.accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "削除しました"));
        assertThat(catalog.findFacility(created.id())).isEmpty();
        assertThat(audit.latest(10)).filteredOn(entry -> created.id().equals(entry.target()))
                .extracting(AuditLog.AuditEntry::action)
                .containsExactly("facility.delete", "facility.update", "facility.create");
        assertThat(audit.latest(10)).filteredOn(entry -> entry.action().equals("facility.update")).singleElement()
                .satisfies(entry -> assertThat(entry.changes())
                        .containsExactly(new AuditLog.Change("開館時間", "なし", "9:00〜21:00（月曜休館）")));
    }

    /** The error shown in the same label as the field. */
    private static String errorNextTo(ChromeDriver browser, String field) {
        return browser.findElement(By.name(field)).findElement(By.xpath("ancestor::label[1]"))
                .findElement(By.className("field-error")).getText();
    }

    /** Date inputs take keystrokes in the browser's locale order; setting the value is the same for every locale. */
    private static void date(ChromeDriver browser, String field, String isoDate) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.name(field)), isoDate);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

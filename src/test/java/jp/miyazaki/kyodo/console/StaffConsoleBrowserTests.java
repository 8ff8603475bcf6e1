package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
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
import jp.miyazaki.kyodo.admin.StaffAccount;
import jp.miyazaki.kyodo.admin.StaffAccounts;
import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.admin.StaffTokens;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.ConsoleSession;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * The staff accounts page in headless Chromium: an admin creates an account (a short password is refused next to the
 * field), moves it to another department, issues an API token shown once, and deletes it, all audited; a staff member
 * has no スタッフ管理 in the nav and is refused {@code /admin/staff} with 403. Screenshots go to
 * {@code target/staff-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = "kyodo.broadcast.poll-interval=100ms")
class StaffConsoleBrowserTests extends KyodoIntegrationTest {

    private static final String ADMIN_PASSWORD = "admin console password 1";
    private static final String STAFF_PASSWORD = "staff console password 1";
    private static final String NEW_PASSWORD = "beach clean password 1";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("staff-");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private StaffTokens tokens;
    @Autowired
    private AuditLog audit;

    @BeforeEach
    void anAdminAndAStaffMember() {
        accounts.create("hinata-admin", ADMIN_PASSWORD, StaffRole.ADMIN, "市民活動推進課", "test", Instant.now());
        accounts.create("kaito", STAFF_PASSWORD, StaffRole.STAFF, "生涯学習課", "test", Instant.now());
    }

    @Test
    void anAdminCreatesMovesIssuesATokenForAndDeletesAnAccount() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "hinata-admin", ADMIN_PASSWORD);

        browser.findElement(By.id("nav-staff")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "スタッフ管理"));
        assertThat(browser.findElement(By.id("staff-hinata-admin")).getText()).contains("hinata-admin", "あなた",
                "管理者");
        assertThat(browser.findElement(By.id("staff-hinata-admin")).findElements(By.className("delete")))
                .as("no deleting oneself").isEmpty();
        assertThat(browser.findElement(By.id("staff-kaito")).getText()).contains("職員");
        Select department = new Select(browser.findElement(By.cssSelector("#new-staff select[name=department]")));
        assertThat(department.getFirstSelectedOption().getText()).as("the admin's own department by default")
                .isEqualTo("市民活動推進課");

        browser.findElement(By.name("username")).sendKeys("midori");
        browser.findElement(By.name("password")).sendKeys("too short");
        department.selectByValue("環境保全課");
        browser.findElement(By.id("create-staff")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.className("field-error")));
        WebElement passwordLabel = browser.findElement(By.name("password")).findElement(By.xpath(".."));
        assertThat(passwordLabel.findElement(By.className("field-error")).getText())
                .isEqualTo("パスワードは12文字以上128文字以内にしてください");
        assertThat(browser.findElement(By.name("username")).getAttribute("value")).isEqualTo("midori");
        assertThat(browser.findElement(By.name("password")).getAttribute("value")).isEmpty();
        assertThat(accounts.find("midori")).isEmpty();
        chromium.screenshot("short-password");

        browser.findElement(By.name("password")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("create-staff")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "作成しました"));
        assertThat(browser.findElement(By.id("staff-midori")).getText()).contains("職員", "hinata-admin");
        StaffAccount midori = accounts.find("midori").orElseThrow();
        assertThat(midori.role()).isEqualTo(StaffRole.STAFF);
        assertThat(midori.department()).isEqualTo("環境保全課");

        WebElement row = browser.findElement(By.id("staff-midori"));
        new Select(row.findElement(By.className("move-department"))).selectByValue("危機管理課");
        row.findElement(By.className("move")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "危機管理課」に移しました"));
        assertThat(accounts.departmentOf("midori")).isEqualTo("危機管理課");
        assertThat(new Select(browser.findElement(By.cssSelector("#staff-midori .move-department")))
                .getFirstSelectedOption().getText()).isEqualTo("危機管理課");

        browser.findElement(By.cssSelector("#staff-midori .issue-token")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issued-token")));
        assertThat(browser.findElement(By.id("issued-token")).getText()).contains("midori さんのAPIトークン",
                "今しか表示されません", "コピー");
        String token = browser.findElement(By.id("token-value")).getText();
        assertThat(token).startsWith("kyodo_");
        assertThat(tokens.owner(token)).hasValue("midori");
        chromium.screenshot("token");
        browser.get(url("/admin/staff"));
        assertThat(browser.findElements(By.id("issued-token"))).as("shown once").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain(token);

        browser.findElement(By.cssSelector("#staff-midori .delete")).click();
        Alert question = wait.until(ExpectedConditions.alertIsPresent());
        assertThat(question.getText()).isEqualTo("midori さんのアカウントを削除しますか？ログインできなくなり、APIトークンも無効になります。");
        question.accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "削除しました"));
        assertThat(browser.findElements(By.id("staff-midori"))).isEmpty();
        assertThat(accounts.find("midori")).isEmpty();
        assertThat(tokens.owner(token)).as("the token went with the account").isEmpty();

        assertThat(audit.latest(10)).filteredOn(entry -> "midori".equals(entry.target()))
                .allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("hinata-admin"))
                .extracting(AuditLog.AuditEntry::action)
                .containsExactly("staff.delete", "token.issue", "staff.department", "staff.create");
        assertThat(audit.latest(10)).filteredOn(entry -> entry.action().equals("staff.department"))
                .singleElement().extracting(AuditLog.AuditEntry::changes).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(new AuditLog.Change("部署", "環境保全課", "危機管理課"));
    }

    @Test
    void staffSeeNoStaffPageAndAreRefusedIt() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "kaito", STAFF_PASSWORD);
        assertThat(browser.findElements(By.id("nav-staff"))).isEmpty();
        assertThat(browser.findElement(By.tagName("nav")).getText()).doesNotContain("スタッフ管理");

        ConsoleSession kaito = ConsoleSession.signedIn(port, "kaito", STAFF_PASSWORD);
        assertThat(kaito.get("/admin/staff").statusCode()).isEqualTo(403);
        String csrf = ConsoleSession.csrf(kaito.get("/admin/grants").body());
        HttpResponse<String> delete = kaito.postForm("/admin/staff/hinata-admin/delete", Map.of("_csrf", csrf));
        assertThat(delete.statusCode()).isEqualTo(403);
        HttpResponse<String> token = kaito.postForm("/admin/staff/kaito/tokens", Map.of("_csrf", csrf));
        assertThat(token.statusCode()).isEqualTo(403);
        assertThat(accounts.find("hinata-admin")).isPresent();
        assertThat(audit.latest(10)).noneMatch(entry -> entry.action().startsWith("staff.")
                || entry.action().equals("token.issue"));

        ConsoleSession admin = ConsoleSession.signedIn(port, "hinata-admin", ADMIN_PASSWORD);
        assertThat(admin.get("/admin/staff").statusCode()).isEqualTo(200);
        HttpResponse<String> self = admin.postForm("/admin/staff/hinata-admin/delete",
                Map.of("_csrf", ConsoleSession.csrf(admin.get("/admin/staff").body())));
        assertThat(self.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/staff").body()).contains("自分のアカウントは削除できません。");
        assertThat(accounts.find("hinata-admin")).isPresent();
        accounts.create("first-admin", ADMIN_PASSWORD, StaffRole.ADMIN, "system", Instant.now());
        assertThat(admin.get("/admin/staff").body()).as("made by the server, as the audit page says")
                .contains(">システム</small>").doesNotContain(">system<");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.consultation.Consultation;
import jp.miyazaki.kyodo.consultation.ConsultationStatus;
import jp.miyazaki.kyodo.consultation.ConsultationTopic;
import jp.miyazaki.kyodo.consultation.Consultations;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * A staff member works the consultation inbox in headless Chromium: the 受付番号 is on every row and finds its
 * consultation, the status tabs and the assignee filter narrow the list and each tab's count is the number of
 * rows it shows, a consultation is given to a colleague, and an answer sent appears in its thread. The list and a
 * consultation's page fit a 390 px phone without sideways scrolling. Screenshots go to
 * {@code target/consultation-inbox-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = "kyodo.broadcast.poll-interval=100ms")
class ConsultationInboxBrowserTests extends KyodoIntegrationTest {

    private static final String PASSWORD = "inbox browser password 1";
    private static final String CITIZEN = "U" + "8".repeat(32);
    private static final String ANSWER = "会計報告の様式をお送りします。収入と支出を分けて書いてください。";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("consultation-inbox-");

    @Autowired
    private StaffAccounts accounts;
    @Autowired
    private Consultations consultations;

    private Consultation accounting;
    private Consultation publicity;
    private Consultation closed;

    @BeforeEach
    void colleaguesAndConsultations() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        accounts.create("sakura", PASSWORD, StaffRole.STAFF, "市民活動推進課", "test", Instant.now());
        accounts.create("kaede", PASSWORD, StaffRole.STAFF, "環境保全課", "test", Instant.now());
        accounting = consultations.create(CITIZEN, ConsultationTopic.ACCOUNTING,
                "会計報告の書き方を知りたいです。収支計算書の様式はありますか？", "電話", "0985-21-1234");
        publicity = consultations.create(CITIZEN, ConsultationTopic.PUBLICITY, "チラシの作り方を相談したいです", "LINE", "");
        closed = consultations.create(CITIZEN, ConsultationTopic.OTHER, "解決した相談", "LINE", "");
        consultations.changeStatus(closed.id(), ConsultationStatus.CLOSED, "sakura");
    }

    @Test
    void staffFindAConsultationByItsReferenceFilterAssignItAndAnswerIntoItsThread() throws Exception {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "sakura", PASSWORD);

        browser.get(url("/admin/consultations"));
        assertThat(references(browser)).containsExactlyInAnyOrder(accounting.id(), publicity.id());
        assertThat(tabCount(browser, "open")).isEqualTo(2);
        chromium.screenshot("list");

        browser.findElement(By.id("inbox-q")).sendKeys(accounting.id());
        browser.findElement(By.id("inbox-search")).click();
        wait.until(ExpectedConditions.urlContains("q=" + accounting.id()));
        assertThat(references(browser)).containsExactly(accounting.id());
        assertThat(browser.findElement(By.id("listed")).getText()).isEqualTo("未完了 1件");

        browser.get(url("/admin/consultations"));
        browser.findElement(By.id("status-closed")).click();
        wait.until(ExpectedConditions.urlContains("status=closed"));
        assertThat(references(browser)).containsExactly(closed.id());
        for (String status : List.of("open", "new", "assigned", "answered", "matched", "closed", "all")) {
            int count = tabCount(browser, status);
            browser.findElement(By.id("status-" + status)).click();
            wait.until(ExpectedConditions.urlContains("status=" + status));
            assertThat(references(browser)).as("the 「%s」 tab's count is its list's length", status).hasSize(count);
        }

        browser.get(url("/admin/consultations"));
        browser.findElement(By.linkText(accounting.id())).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reference"), accounting.id()));
        assertThat(browser.findElement(By.id("thread")).getText()).contains("収支計算書の様式はありますか");
        assertThat(browser.findElement(By.id("contact")).getText()).contains("0985-21-1234");
        new Select(browser.findElement(By.id("assign-to"))).selectByValue("kaede");
        browser.findElement(By.id("assign-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "kaede さんにしました"));
        assertThat(browser.findElement(By.id("assignee")).getText()).isEqualTo("kaede");
        assertThat(browser.findElement(By.cssSelector("#status .status")).getText()).isEqualTo("対応中");

        WebElement box = browser.findElement(By.id("reply-text"));
        box.sendKeys(ANSWER);
        browser.findElement(By.className("reply-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "LINEで回答を届けました"));
        List<WebElement> thread = browser.findElements(By.cssSelector("#thread li"));
        assertThat(thread).hasSize(2);
        assertThat(thread.get(1).getText()).contains("回答（sakura さん）", ANSWER);
        assertThat(LINE.requests(LineApiMock.PUSH)).hasSize(1);
        chromium.screenshot("thread");

        browser.get(url("/admin/consultations"));
        new Select(browser.findElement(By.id("inbox-assignee"))).selectByValue("kaede");
        browser.findElement(By.id("inbox-search")).click();
        wait.until(ExpectedConditions.urlContains("assignee=kaede"));
        assertThat(references(browser)).containsExactly(accounting.id());
        assertThat(browser.findElement(By.cssSelector("#consultation-" + accounting.id())).getText())
                .contains("kaede", "回答済み", "回答 1件");
    }

    @Test
    void theListAndAConsultationFitAPhoneWithoutSidewaysScrolling() throws Exception {
        ChromeDriver browser = chromium.driver();
        chromium.signIn(url("/admin/login"), "sakura", PASSWORD);
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
            for (String page : List.of("/admin/consultations", "/admin/consultations/" + accounting.id())) {
                browser.get(url(page));
                assertThat(browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                        .as("%s at 390 px: px beyond the screen's width", page).isEqualTo(0L);
                assertThat(browser.executeScript("""
                        return Math.max(0, ...[...document.querySelectorAll('main *')]
                            .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                            .map(e => e.scrollWidth - e.clientWidth));"""))
                        .as("%s at 390 px: px hidden sideways in a scrolling box", page).isEqualTo(0L);
                chromium.screenshot(page.contains("/C") ? "consultation-390" : "list-390");
            }
            WebElement change = browser.findElement(By.cssSelector("#change-status button"));
            assertThat(change.getRect().getHeight()).as("「変更」 stays on one line").isLessThan(48);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static List<String> references(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#inbox td.reference")).stream().map(WebElement::getText)
                .toList();
    }

    private static int tabCount(ChromeDriver browser, String status) {
        return Integer.parseInt(browser.findElement(By.cssSelector("#status-" + status + " .tab-count")).getText());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

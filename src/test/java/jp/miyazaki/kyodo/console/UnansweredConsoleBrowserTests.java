package jp.miyazaki.kyodo.console;

import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.batch;
import static jp.miyazaki.kyodo.testsupport.LineWebhookRequests.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * What citizens asked that the bot could not answer, as staff find it in headless Chromium: a message sent through
 * a signed {@code /callback} appears on {@code /admin/unanswered}, reached from the dashboard's figure, its chart
 * and the menu, with its time in Miyazaki, what the bot did and how often it came — never who sent it — and the
 * page fits a 390 px phone.
 */
class UnansweredConsoleBrowserTests extends EveryConsolePage {

    private static final String CITIZEN = "Uunansweredconsole00000000000001";
    private static final String QUESTION = "宇宙人の好きな色は何色だと思う";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("unanswered-");

    @Test
    void aQuestionTheBotCouldNotAnswerIsFoundFromTheDashboardAndTheMenu() throws IOException {
        assertThat(deliverSigned(batch(text(CITIZEN, QUESTION, System.currentTimeMillis()))).statusCode())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !LINE.requests(LineApiMock.REPLY).isEmpty());
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);

        browser.get(url("/admin"));
        browser.findElement(By.id("figure-unanswered")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/unanswered")));
        WebElement row = browser.findElement(By.cssSelector("#unanswered tbody tr"));
        assertThat(row.findElement(By.cssSelector("td.question")).getText()).isEqualTo(QUESTION);
        assertThat(row.findElement(By.cssSelector("td[data-label=日時]")).getText())
                .matches("\\d{4}/\\d{1,2}/\\d{1,2}\\([月火水木金土日]\\) \\d{1,2}:\\d{2}");
        assertThat(row.findElement(By.cssSelector("td[data-label=ボットの対応]")).getText())
                .isIn("対象外の内容として案内できなかった", "意味がわからず聞き返した", "自信のないまま答えた");
        assertThat(row.findElement(By.cssSelector("td[data-label=似た質問]")).getText()).isEqualTo("1件");
        assertThat(browser.getPageSource()).doesNotContain(CITIZEN);
        assertThat(browser.findElement(By.cssSelector("header.top nav a[aria-current=page]"))
                .getAttribute("textContent")).as("the menu says where staff are").isEqualTo("未回答の質問");

        browser.get(url("/admin"));
        browser.findElement(By.id("chart-unanswered")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/unanswered")));

        browser.get(url("/admin/audit"));
        browser.findElement(By.cssSelector("header.top nav")).findElement(By.linkText("未回答の質問")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/unanswered")));
        assertThat(browser.findElement(By.id("unanswered")).getText()).contains(QUESTION);

        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
            browser.get(url("/admin/unanswered"));
            assertThat(browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .as("at 390 px: px beyond the screen's width").isEqualTo(0L);
            chromium.screenshot("390");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}

package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.client.WireMock;

import jp.miyazaki.kyodo.broadcast.BroadcastStatus;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.subscription.Subscriptions;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The console's safety nets in headless Chromium, on a phone-sized screen where it matters: a broadcast is sent
 * only from a confirmation that says how many citizens it reaches, none goes to 0 recipients (the composer comes
 * back with what was written and a Japanese error), cancelling asks first and says who will not get it, and the
 * rich menu is replaced for everyone only from its confirmation, with LINE's refusal shown as an error in Japanese.
 */
class ConsoleSafetyNetsBrowserTests extends EveryConsolePage {

    private static final String NOTICE = "今週末、青島海岸で朝のごみ拾いを行います。";
    private static final String FOLLOWER_1 = "U" + "1".repeat(32);
    private static final String FOLLOWER_2 = "U" + "2".repeat(32);

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("safety-");

    @Autowired
    private Subscriptions subscriptions;

    @BeforeEach
    void twoCitizensFollowTheEnvironment() {
        subscriptions.follow(FOLLOWER_1, List.of(Category.ENVIRONMENT), List.of("青島"));
        subscriptions.follow(FOLLOWER_2, List.of(Category.ENVIRONMENT), List.of());
    }

    @Test
    void aBroadcastToNobodyIsRefusedAndOneToTwoIsSentOnlyFromItsConfirmation() throws IOException {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        int jobsBefore = broadcasts.latest(50).size();

        browser.get(url("/admin/broadcasts/new"));
        browser.findElement(By.cssSelector("input[name=categories][value=sports]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("recipient-count"), "0"));
        browser.findElement(By.id("text")).sendKeys(NOTICE);
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(browser.findElement(By.id("problem")).getText()).contains("0人のため、配信できません");
        assertThat(browser.findElement(By.id("problem")).getAttribute("class")).contains("alert");
        assertThat(browser.findElements(By.className("notice"))).as("no success banner").isEmpty();
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).as("what was written stays")
                .isEqualTo(NOTICE);
        assertThat(browser.findElement(By.cssSelector("input[name=categories][value=sports]")).isSelected()).isTrue();
        chromium.screenshot("broadcast-to-nobody");
        assertThat(broadcasts.latest(50)).as("nothing created").hasSize(jobsBefore);

        browser.findElement(By.cssSelector("input[name=categories][value=sports]")).click();
        browser.findElement(By.cssSelector("input[name=categories][value=environment]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("recipient-count"), "2"));
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.textToBe(By.id("confirm-count"), "2"));
        assertThat(browser.findElement(By.id("broadcast-confirmation")).getText())
                .contains("環境", "すぐに送ります", NOTICE);
        assertThat(browser.findElement(By.id("confirm-send")).getText()).isEqualTo("2人に配信する");
        chromium.screenshot("broadcast-confirmation");
        assertThat(broadcasts.latest(50)).as("nothing sent before it is confirmed").hasSize(jobsBefore);
        assertThat(LINE.requests(LineApiMock.MULTICAST)).isEmpty();

        browser.findElement(By.id("back-to-edit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("broadcast-form")));
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).isEqualTo(NOTICE);
        assertThat(browser.findElement(By.cssSelector("input[name=categories][value=environment]")).isSelected())
                .isTrue();
        browser.findElement(By.id("send")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-send"))).click();
        wait.withTimeout(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.className("status"), "完了"));
        assertThat(browser.findElement(By.id("job-sent")).getText()).isEqualTo("2 / 2");
        assertThat(LINE.requests(LineApiMock.MULTICAST)).singleElement()
                .satisfies(multicast -> assertThat(multicast.getBodyAsString()).contains(NOTICE, FOLLOWER_1,
                        FOLLOWER_2));
    }

    @Test
    void cancellingAsksFirstAndSaysWhoWillNotGetIt() throws IOException {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);

        browser.get(url("/admin/broadcasts/" + broadcastId));
        browser.findElement(By.id("cancel")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cancel-confirmation")));
        assertThat(browser.findElement(By.id("cancel-effect")).getText())
                .isEqualTo("この配信を取り消すと、届く予定だった 2人には送られません。");
        assertThat(broadcasts.find(broadcastId).orElseThrow().status()).as("not yet")
                .isEqualTo(BroadcastStatus.SCHEDULED);
        chromium.screenshot("broadcast-cancel-confirmation");

        browser.findElement(By.id("confirm-cancel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "配信を取り消しました。"));
        assertThat(broadcasts.find(broadcastId).orElseThrow().status()).isEqualTo(BroadcastStatus.CANCELLED);

        browser.get(url("/admin/broadcasts/" + broadcastId + "/cancel"));
        assertThat(browser.findElement(By.id("cancel-effect")).getText()).contains("すでに終わっているため");
        assertThat(browser.findElements(By.id("confirm-cancel"))).isEmpty();
    }

    @Test
    void theRichMenuIsReplacedOnlyFromItsConfirmationAndLinesRefusalIsAJapaneseError() throws IOException {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        LINE.stub(WireMock.post(WireMock.urlPathEqualTo(LineApiMock.RICH_MENU)).atPriority(1)
                .willReturn(LineApiMock.json(400, "{\"message\":\"The request body has 1 error(s)\"}")));

        browser.get(url("/admin/rich-menu"));
        browser.findElement(By.id("to-install")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("install-confirmation")));
        assertThat(browser.findElement(By.id("install-effect")).getText()).contains("友だち全員", "置き換わります");
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).as("nothing before it is confirmed").isEmpty();
        chromium.screenshot("rich-menu-confirmation");

        browser.findElement(By.id("install")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        String problem = browser.findElement(By.id("problem")).getText();
        assertThat(problem).contains("LINEがリッチメニューを受け付けなかったため、設定できませんでした。", "前のまま")
                .doesNotContain("request body", "error(s)");
        assertThat(browser.findElement(By.id("problem")).getAttribute("class")).contains("alert");
        assertThat(browser.findElements(By.className("notice"))).as("no success banner").isEmpty();
        chromium.screenshot("rich-menu-refused");

        LINE.reset();
        browser.findElement(By.id("install")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "設定しました"));
        assertThat(LINE.requests(LineApiMock.DEFAULT_RICH_MENU)).hasSize(1);
    }

    @Test
    void theBroadcastConfirmationFitsAPhone() {
        ChromeDriver browser = chromium.driver();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
                    "deviceScaleFactor", 1, "mobile", true));
            browser.get(url("/admin/broadcasts/new"));
            browser.findElement(By.id("text")).sendKeys(NOTICE);
            browser.findElement(By.id("send")).click();
            chromium.patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-send")));
            assertThat((Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .as("no sideways scrolling").isLessThanOrEqualTo(0L);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}

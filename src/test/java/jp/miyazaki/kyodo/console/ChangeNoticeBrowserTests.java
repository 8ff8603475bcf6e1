package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.catalog.DisplayText;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.dialog.Wording;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Staff moving an activity in headless Chromium: the edit page says how many signed-up citizens will be told, a
 * saved move tells them on LINE with what changed and the notice says how many were told, and ticking
 * 申込者に知らせない for a small correction sends nothing.
 */
class ChangeNoticeBrowserTests extends EveryConsolePage {

    private static final String OPPORTUNITY = "opp-001";

    @Autowired
    private Wording wording;

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("change-notice-");

    @Test
    void movingAnActivityTellsItsCitizensUnlessStaffChooseNotTo() throws IOException {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        Opportunity before = catalog.findOpportunity(OPPORTUNITY).orElseThrow();
        int signedUp = signUps.ofOpportunity(OPPORTUNITY).size();

        browser.get(url("/admin/opportunities/" + OPPORTUNITY + "/edit"));
        assertThat(browser.findElement(By.id("change-notice")).getText())
                .startsWith("日時や場所を変更すると、申し込み " + signedUp + " 件（確定 ").endsWith("件）の方に LINE でお知らせします。");
        assertThat(browser.findElement(By.id("quiet")).isSelected()).as("telling is the default").isFalse();
        chromium.screenshot("edit");
        WebElement start = browser.findElement(By.id("start"));
        browser.executeScript("arguments[0].value = arguments[1]", start,
                start.getAttribute("value").replaceFirst("T\\d\\d:\\d\\d", "T08:30"));
        WebElement place = browser.findElement(By.id("place"));
        place.clear();
        place.sendKeys("青島神社 鳥居前");
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "申し込み " + signedUp + " 件の方に LINE で変更をお知らせしました。"));
        chromium.screenshot("told");
        Opportunity after = catalog.findOpportunity(OPPORTUNITY).orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.pushesTo(SIGNED_UP).size() == 1);
        assertThat(LINE.pushesTo(SIGNED_UP).get(0)).contains(before.title(),
                "日時：" + DisplayText.when(wording, before) + " → " + DisplayText.when(wording, after),
                "場所：" + before.place() + " → 青島神社 鳥居前");
        int pushes = LINE.requests(LineApiMock.PUSH).size();
        assertThat(pushes).isEqualTo(signedUp);

        browser.get(url("/admin/opportunities/" + OPPORTUNITY + "/edit"));
        place = browser.findElement(By.id("place"));
        place.clear();
        place.sendKeys("青島神社 鳥居の前");
        browser.findElement(By.id("quiet")).click();
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "を更新しました。"));
        assertThat(browser.findElement(By.className("notice")).getText()).doesNotContain("お知らせしました");
        assertThat(catalog.findOpportunity(OPPORTUNITY).orElseThrow().place()).isEqualTo("青島神社 鳥居の前");
        assertThat(LINE.requests(LineApiMock.PUSH)).as("a correction nobody is told of").hasSize(pushes);
    }
}

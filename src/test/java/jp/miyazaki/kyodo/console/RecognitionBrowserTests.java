package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import jp.miyazaki.kyodo.activity.RecognitionReports;
import jp.miyazaki.kyodo.admin.FirstAdmin;
import jp.miyazaki.kyodo.broadcast.BroadcastTestConfiguration;
import jp.miyazaki.kyodo.catalog.CatalogRepository;
import jp.miyazaki.kyodo.catalog.Category;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.catalog.OpportunityKind;
import jp.miyazaki.kyodo.conversation.Conversation;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.signup.SignUps;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.KyodoIntegrationTest;

/**
 * Recognition in headless Chromium: staff tick who came on an activity's attendance page and save, a citizen
 * answers the survey, the feedback chart shows the average, and the year's records download as CSV. Screenshots
 * go to {@code target/console-recognition-*.png}.
 */
@Import(NoonInMiyazaki.class)
@TestPropertySource(properties = {"kyodo.admin.username=aoi-admin", "kyodo.admin.password=console test password 1"})
class RecognitionBrowserTests extends KyodoIntegrationTest {

    private static final String CITIZEN = "U" + "5".repeat(32);
    private static final String ABSENT = "U" + "6".repeat(32);
    private static final String TITLE = "生目の杜 森の手入れ（ブラウザテスト）";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("console-recognition-");

    @Autowired
    private FirstAdmin firstAdmin;
    @Autowired
    private CatalogRepository catalog;
    @Autowired
    private SignUps signUps;
    @Autowired
    private Conversation conversation;

    @AfterEach
    void noon() {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
    }

    @Test
    void staffMarkAttendanceSeeTheSurveyAverageAndDownloadTheRecords() throws Exception {
        BroadcastTestConfiguration.CLOCK.set(BroadcastTestConfiguration.NOON_JST);
        firstAdmin.ensure();
        OffsetDateTime start = OffsetDateTime.parse("2026-12-01T13:00:00+09:00");
        catalog.save(new Opportunity("forest-1", OpportunityKind.VOLUNTEER, TITLE, "", Category.ENVIRONMENT, "生目",
                "生目の杜運動公園", start, start.plusMinutes(90), 10, "生目の杜の会", "0985-00-0000", false));
        String present = signUps.signUp("forest-1", CITIZEN, "生目 みどり", "090-5555-6666", 1, false).signUp()
                .orElseThrow().reference();
        signUps.signUp("forest-1", ABSENT, "生目 一郎", "090-7777-8888", 1, false);
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), "aoi-admin", "console test password 1");

        browser.get(url("/admin/opportunities"));
        browser.findElement(By.cssSelector("a[href='/admin/opportunities/forest-1/attendance']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), TITLE));
        assertThat(browser.findElement(By.id("not-started")).getText()).contains("始まってから");
        assertThat(browser.findElement(By.id("save-attendance")).isEnabled()).isFalse();

        BroadcastTestConfiguration.CLOCK.set(Instant.parse("2026-12-01T05:00:00Z"));
        browser.navigate().refresh();
        browser.findElement(By.id("present-" + present)).click();
        chromium.screenshot("attendance");
        browser.findElement(By.id("save-attendance")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "出席を保存しました"));
        assertThat(browser.findElement(By.className("notice")).getText()).contains("出席 1件・1名、欠席 1件");
        assertThat(browser.findElement(By.id("present-" + present)).isSelected()).isTrue();

        ZonedDateTime nextDay = ZonedDateTime.parse("2026-12-02T10:05:00+09:00[Asia/Tokyo]");
        conversation.respond(CITIZEN, new UserInput.Postback(
                "flow=feedback&slot=rating&value=5&activity=forest-1", Map.of()), nextDay);
        conversation.respond(CITIZEN, new UserInput.Postback("flow=feedback&slot=comment&value=none", Map.of()),
                nextDay.plusSeconds(10));

        browser.get(url("/admin/feedback?year=2026"));
        String chart = "[data-kind=activity][data-id='forest-1']";
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(chart)));
        assertThat(browser.findElement(By.cssSelector(chart + " .average")).getText()).isEqualTo("5.0");
        assertThat(browser.findElement(By.cssSelector(chart + " .answers")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector(chart + " .fill")).getAttribute("style"))
                .contains("width: 100%");
        assertThat(browser.findElement(By.cssSelector("[data-kind=organiser][data-id='生目の杜の会'] .average"))
                .getText()).isEqualTo("5.0");
        chromium.screenshot("feedback");

        browser.findElement(By.linkText("活動記録")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2026年の活動記録"));
        assertThat(browser.findElement(By.id("participations")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("hours")).getText()).isEqualTo("1.5");
        assertThat(browser.findElement(By.id("by-district")).getText()).contains("生目");
        chromium.screenshot("records");
        String csvLink = browser.findElement(By.id("csv")).getAttribute("href");
        assertThat(chromium.downloadCsv(csvLink)).isEqualTo(
                RecognitionReports.CSV_HEADER + "\r\n\"生目 みどり\",\"1\",\"1.5\",\"2026-12-01\",\"2026-12-01\"\r\n");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}

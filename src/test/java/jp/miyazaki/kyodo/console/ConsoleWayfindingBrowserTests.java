package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.testsupport.Chromium;

/**
 * Finding one's way in headless Chromium: the dashboard's figures lead to their pages, a title in a list leads to
 * the item, the sign-ups page leads back, and a start in the past is said while typing it, saved with a warning
 * (not refused), and repeated on the activity's edit page.
 */
class ConsoleWayfindingBrowserTests extends EveryConsolePage {

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("wayfinding-");

    @Test
    void theDashboardsFiguresTitlesInListsAndTheSignUpsPageLeadSomewhere() {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);

        browser.findElement(By.id("figure-consultations")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/consultations")));
        browser.get(url("/admin"));
        browser.findElement(By.id("figure-signups")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/opportunities")));
        browser.get(url("/admin"));
        browser.findElement(By.id("figure-subscribers")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/broadcasts/new")));

        String title = catalog.findOpportunity("opp-001").orElseThrow().title();
        browser.get(url("/admin/opportunities"));
        browser.findElement(By.linkText(title)).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/opportunities/opp-001/edit")));

        browser.get(url("/admin/grants"));
        browser.findElement(By.cssSelector("a.title")).click();
        wait.until(ExpectedConditions.urlMatches("/admin/grants/[^/]+/edit$"));

        browser.get(url("/admin/opportunities/opp-001/signups"));
        browser.findElement(By.id("back")).findElement(By.linkText("活動の一覧へ戻る")).click();
        wait.until(ExpectedConditions.urlToBe(url("/admin/opportunities")));
    }

    @Test
    void aStartInThePastIsSavedWithAWarningThatTheEditPageRepeats() throws IOException {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);

        browser.get(url("/admin/opportunities/new"));
        WebElement hint = browser.findElement(By.id("start-hint"));
        assertThat(hint.isDisplayed()).isFalse();
        type(browser.findElement(By.name("start")), "2020-11-20T09:00");
        assertThat(hint.isDisplayed()).as("said while typing, before saving").isTrue();
        assertThat(hint.getText()).contains("開始日時が過去になっています");
        type(browser.findElement(By.name("start")), "2099-11-20T09:00");
        assertThat(hint.isDisplayed()).isFalse();

        // The console's clock reads 2026-12-01 12:00 in Miyazaki (NoonInMiyazaki).
        String past = add("昨年の清掃の記録", "2026-11-20T09:00", "2026-11-20T11:00");
        assertThat(browser.findElement(By.className("notice")).getText()).contains("「昨年の清掃の記録」を登録しました");
        WebElement warning = browser.findElement(By.id("warning"));
        assertThat(warning.getText()).contains("開始日時（11/20(金) 9:00）は過去の日時です", "市民の検索に出ません");
        assertThat(warning.getAttribute("class")).isEqualTo("warning");
        chromium.screenshot("start-in-the-past");

        browser.get(url("/admin/opportunities/" + past + "/edit"));
        assertThat(browser.findElement(By.id("start-passed")).getText()).contains("開始日時は過去です");

        add("来週の清掃", "2026-12-08T09:00", "2026-12-08T11:00");
        assertThat(browser.findElements(By.id("warning"))).as("a start to come is not warned about").isEmpty();
        browser.get(url("/admin/opportunities/opp-001/edit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("save")));
        assertThat(browser.findElements(By.id("start-passed"))).isEmpty();
    }

    /** Sets a date-time field as typing would end, with the events a person's typing fires. */
    private static void type(WebElement field, String value) {
        chromium.driver().executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    /** Adds an activity through the form and returns its id once the list says it was added. */
    private String add(String title, String start, String end) {
        ChromeDriver browser = chromium.driver();
        browser.get(url("/admin/opportunities/new"));
        browser.findElement(By.name("title")).sendKeys(title);
        browser.executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3];",
                browser.findElement(By.name("start")), start, browser.findElement(By.name("end")), end);
        browser.findElement(By.id("save")).click();
        chromium.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "登録しました"));
        return catalog.listOpportunities().stream().filter(o -> o.title().equals(title)).map(Opportunity::id)
                .findFirst().orElseThrow();
    }
}

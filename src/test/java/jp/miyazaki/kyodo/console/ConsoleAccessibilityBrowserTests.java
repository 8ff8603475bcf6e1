package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import jp.miyazaki.kyodo.testsupport.Axe;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * Every page of the console, signed in as an admin over the sample data plus a sign-up, a consultation, a
 * broadcast, a recruitment and a join request, checked with axe-core against WCAG 2.2 AA in headless Chromium.
 * Any violation fails; what axe found per page is written to {@code target/accessibility-console.txt}. Also the
 * activity pages that guard sign-ups: the edit page counts them, the delete confirmation names the activity and
 * says they will be cancelled and told on LINE, and they are.
 */
class ConsoleAccessibilityBrowserTests extends EveryConsolePage {

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("a11y-");

    @Test
    void everyPageMeetsWcag22AA() throws IOException {
        Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
        chromium.driver().manage().deleteAllCookies();
        check("/admin/login", "login", found);
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        for (Map.Entry<String, String> page : pages().entrySet()) {
            check(page.getKey(), page.getValue(), found);
        }

        Files.writeString(Path.of("target", "accessibility-console.txt"), found.entrySet().stream()
                .map(page -> page.getKey() + "\t" + page.getValue().size() + "\t" + page.getValue().stream()
                        .map(Axe.Violation::id).toList() + "\t" + page.getValue().toString().replace('\n', ' '))
                .collect(Collectors.joining("\n", "", "\n")));
        assertThat(found).as("WCAG 2.2 AA violations per page (see target/accessibility-console.txt)")
                .allSatisfy((path, violations) -> assertThat(violations).as(path).isEmpty());
    }

    @Test
    void theEditPageCountsTheSignUpsAndDeletingNamesTheActivityAndTellsThem() throws IOException {
        ChromeDriver browser = chromium.driver();
        String title = catalog.findOpportunity("opp-001").orElseThrow().title();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);

        browser.get(url("/admin/opportunities/opp-001/edit"));
        assertThat(browser.findElement(By.id("signup-summary")).getText())
                .contains("確定 1件（2人）・キャンセル待ち 0件", "定員は申し込み済みの2人より少なくできません。");
        chromium.screenshot("opportunity-edit-signups");

        browser.get(url("/admin/opportunities"));
        browser.findElement(By.cssSelector("a[href='/admin/opportunities/opp-001/delete']")).click();
        chromium.patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("delete-confirmation")));
        assertThat(browser.findElement(By.id("delete-confirmation")).getText()).contains("「" + title + "」",
                "申し込み 1件（確定 1件・2人、キャンセル待ち 0件）はすべて取り消されます。", "LINEで中止をお知らせします。");
        chromium.screenshot("opportunity-delete-confirmation");
        browser.findElement(By.id("confirm-delete")).click();

        chromium.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "「" + title + "」を削除し、申し込み1件を取り消しました。"));
        assertThat(catalog.findOpportunity("opp-001")).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(LINE.pushesTo(SIGNED_UP))
                .as("all pushes: %s", LINE.requests(LineApiMock.PUSH).stream().map(r -> r.getBodyAsString()).toList())
                .singleElement().satisfies(push -> assertThat(push).contains(title, "中止")));
    }

    private void check(String path, String name, Map<String, List<Axe.Violation>> found) throws IOException {
        chromium.driver().get(url(path));
        assertThat(chromium.driver().getTitle()).as(path).contains("協働ボット");
        found.put(path, chromium.accessibilityViolations());
        chromium.screenshot(name);
    }
}

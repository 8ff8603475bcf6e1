package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.catalog.Opportunity;
import jp.miyazaki.kyodo.session.RedisSettings;
import jp.miyazaki.kyodo.shared.CityTime;
import jp.miyazaki.kyodo.testsupport.Chromium;

/**
 * Staff read their own language on every console page, in headless Chromium: the audit log names the action in
 * Japanese, the item by its title, the time in Miyazaki and what an edit changed (before → after); no action
 * code, record dump, enum name, id, UTC or English reason appears on any page after a day's work; and 403, 404
 * and 500 are Japanese pages in the console's layout.
 */
class ConsoleStaffLanguageBrowserTests extends EveryConsolePage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/M/d(E) H:mm", Locale.JAPAN);
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** An action code such as {@code opportunity.update}; URLs and e-mail addresses are taken out first. */
    private static final Pattern ACTION_CODE = Pattern.compile("\\b[a-z][a-z-]*\\.[a-z][a-z-]*\\b");
    private static final Pattern LINK_OR_MAIL = Pattern.compile("(https?://|www\\.)\\S+|\\S+@\\S+");
    /** Enum names of the statuses staff see (consultations, broadcasts, recruitments, sign-ups). */
    private static final Pattern ENUM_NAME = Pattern.compile("\\b(NEW|ASSIGNED|ANSWERED|MATCHED|CLOSED|PENDING"
            + "|APPROVED|REJECTED|SCHEDULED|SENDING|DONE|FAILED|CANCELLED|CONFIRMED|WAITLISTED)\\b");
    /** Ids staff do not know things by (opp-…, GRP-…, EXP-…; a 受付番号 such as C000001 is theirs). */
    private static final List<String> DEVELOPER_WORDS = List.of("Segment[", "UTC", "opp-", "GRP-", "EXP-",
            "cancelled by staff", "Whitelabel", "Exception", "null");

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("staff-language-");

    @Autowired
    private RedisSettings settings;

    @Test
    void theAuditLogSaysWhoChangedWhichActivityWhenAndHowInJapanese() throws IOException {
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        Opportunity before = catalog.findOpportunity("opp-002").orElseThrow();

        OffsetDateTime start = editStartAndCapacity("opp-002", 30, before.capacity() + 5);

        chromium.driver().get(url("/admin/audit"));
        WebElement newest = chromium.driver().findElement(By.cssSelector("#audit tbody tr"));
        assertThat(newest.findElement(By.cssSelector("td.action")).getText()).isEqualTo("活動を変更");
        assertThat(newest.findElement(By.cssSelector("td.target")).getText()).isEqualTo(before.title());
        assertThat(newest.getText()).as("local time: the console's clock reads noon in Miyazaki")
                .contains("2026/12/1(火) 12:00", ADMIN)
                .contains("開始日時：" + SHOWN.format(before.start()) + " → " + SHOWN.format(start))
                .contains("定員：" + before.capacity() + "名 → " + (before.capacity() + 5) + "名")
                .doesNotContain("opportunity.update", "opp-002", "capacity", "department");
        chromium.screenshot("audit");
    }

    @Test
    void noDeveloperWordOnAnyPageAfterADaysWork() throws IOException {
        ChromeDriver browser = chromium.driver();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        editStartAndCapacity("opp-002", 30, 70);
        browser.get(url("/admin/broadcasts/" + broadcastId + "/cancel"));
        browser.findElement(By.id("confirm-cancel")).click();
        chromium.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.id("job-reason"),
                "スタッフが取り消しました。"));
        browser.get(url("/admin/recruitments/R00001"));
        browser.findElement(By.id("approve")).click();
        chromium.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "公開しました"));
        assertThat(browser.findElement(By.id("decided")).getText()).as("the published activity by its title")
                .contains("子ども食堂の配膳ボランティア").doesNotContain("opp-");
        browser.get(url("/admin/recruitments/R00001"));
        assertThat(browser.findElement(By.id("published")).getText()).isEqualTo("子ども食堂の配膳ボランティア");
        String consultation = "C000001";
        postFromThePage("/admin/consultations/" + consultation + "/status", "status=ASSIGNED");
        browser.get(url("/admin/audit"));
        assertThat(browser.findElement(By.id("audit")).getText()).contains("相談の状態を変更", "状態：新規 → 対応中",
                "募集を承認", "配信を取り消し", "今週末、青島海岸で朝のごみ拾いを行います。");

        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : pages().keySet()) {
            browser.get(url(path));
            List<String> words = developerWords((String) browser.executeScript("return document.body.innerText;"));
            if (!words.isEmpty()) {
                found.put(path, words);
            }
        }
        assertThat(found).as("developer words per page").isEmpty();
    }

    @Test
    void forbiddenMissingAndFailingPagesAreJapaneseInTheConsolesLayout() throws IOException {
        ChromeDriver browser = chromium.driver();
        accounts.create("kaede", "console language password", StaffRole.STAFF, "環境保全課", "test", Instant.now());
        chromium.signIn(url("/admin/login"), "kaede", "console language password");

        browser.get(url("/admin/staff"));
        assertErrorPage("このページを開く権限がありません", "403", "kaede さん");
        chromium.screenshot("403-admins-only");

        browser.get(url("/admin/opportunities"));
        browser.executeScript("const form = document.createElement('form'); form.method = 'post';"
                + " form.action = '/admin/opportunities/opp-002/delete'; document.body.appendChild(form);"
                + " form.submit();");
        chromium.patiently().until(ExpectedConditions.urlContains("/delete"));
        assertErrorPage("このページを開く権限がありません", "403", "kaede さん");
        assertThat(catalog.findOpportunity("opp-002")).as("a change without the form's token is refused").isPresent();

        browser.get(url("/admin/no-such-page"));
        assertErrorPage("ページが見つかりません", "404", "kaede さん");
        chromium.screenshot("404-unknown-address");
        browser.get(url("/admin/opportunities/opp-none/edit"));
        assertErrorPage("ページが見つかりません", "404", "kaede さん");

        redis.opsForList().leftPush(settings.keyPrefix() + "audit", "{not json");
        browser.get(url("/admin/audit"));
        assertErrorPage("エラーが発生しました", "500", "kaede さん");
        chromium.screenshot("500");
    }

    /** Moves an activity's start by {@code minutes} (its end too) and sets its capacity in the edit form. */
    private OffsetDateTime editStartAndCapacity(String id, int minutes, int capacity) {
        ChromeDriver browser = chromium.driver();
        Opportunity before = catalog.findOpportunity(id).orElseThrow();
        OffsetDateTime start = before.start().plusMinutes(minutes);
        browser.get(url("/admin/opportunities/" + id + "/edit"));
        browser.executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3];",
                browser.findElement(By.name("start")), FIELD.format(start.atZoneSameInstant(CityTime.ZONE)),
                browser.findElement(By.name("end")), FIELD.format(before.end().plusMinutes(minutes)
                        .atZoneSameInstant(CityTime.ZONE)));
        WebElement places = browser.findElement(By.name("capacity"));
        places.clear();
        places.sendKeys(Integer.toString(capacity));
        browser.findElement(By.id("save")).click();
        chromium.patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"),
                "更新しました"));
        return start;
    }

    /** Posts a console form's fields with the page's CSRF token, as the page's own form would. */
    private void postFromThePage(String path, String fields) {
        ChromeDriver browser = chromium.driver();
        browser.get(url("/admin/consultations"));
        Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " const token = document.querySelector('input[name=_csrf]').value;"
                + " fetch(arguments[0], {method: 'POST',"
                + " headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                + " body: arguments[1] + '&_csrf=' + encodeURIComponent(token), redirect: 'manual'})"
                + ".then(r => done(r.type === 'opaqueredirect' ? 302 : r.status));", path, fields);
        assertThat(status).isEqualTo(302L);
    }

    private void assertErrorPage(String title, String code, String signedIn) {
        ChromeDriver browser = chromium.driver();
        chromium.patiently().until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.getTitle()).contains(title);
        assertThat(browser.findElement(By.id("error")).getText()).contains("エラーコード " + code);
        assertThat(browser.findElement(By.cssSelector("header.top")).getText()).as("the console's header")
                .contains(signedIn);
        String text = (String) browser.executeScript("return document.body.innerText;");
        assertThat(developerWords(text)).as("developer words on the %s page", code).isEmpty();
        assertThat(text).doesNotContain("Forbidden", "Not Found", "Internal Server Error", "HTTP Status");
    }

    /** The developer words in a page's visible text. */
    private static List<String> developerWords(String text) {
        String words = LINK_OR_MAIL.matcher(text).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher code = ACTION_CODE.matcher(words);
        while (code.find()) {
            found.add(code.group());
        }
        Matcher name = ENUM_NAME.matcher(words);
        while (name.find()) {
            found.add(name.group());
        }
        DEVELOPER_WORDS.stream().filter(words::contains).forEach(found::add);
        return found;
    }
}

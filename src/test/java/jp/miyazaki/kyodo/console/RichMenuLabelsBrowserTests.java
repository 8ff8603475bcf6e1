package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import jp.miyazaki.kyodo.admin.StaffRole;
import jp.miyazaki.kyodo.testsupport.Chromium;
import jp.miyazaki.kyodo.testsupport.LineApiMock;

/**
 * The rich menu's labels changed in the console, in headless Chromium: an admin renames an area, the preview
 * draws the new label at once, installing sends it to LINE and 操作履歴 says what changed; a blank or too long
 * label is refused in Japanese with nothing saved; a colleague who is not an admin sees the labels but cannot
 * change them.
 */
class RichMenuLabelsBrowserTests extends EveryConsolePage {

    private static final String NEW_LABEL = "活動を探す";

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("richmenu-labels-");

    @Test
    void anAdminRenamesAnAreaSeesItDrawnInstallsItAndFindsItInTheAuditLog() throws IOException {
        ChromeDriver browser = chromium.driver();
        WebDriverWait wait = chromium.patiently();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        browser.get(url("/admin/rich-menu"));
        assertThat(browser.findElements(By.id("labels-changed"))).as("the file's labels to begin with").isEmpty();
        String imageBefore = previewDigest(browser);

        WebElement first = browser.findElement(By.id("label-0"));
        assertThat(first.getAttribute("value")).isEqualTo("探す");
        assertThat(first.getAttribute("aria-label")).isEqualTo("上段左のラベル");
        first.clear();
        first.sendKeys(NEW_LABEL);
        browser.findElement(By.id("save-labels")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "ラベルを保存しました"));
        assertThat(browser.findElement(By.id("label-0")).getAttribute("value")).isEqualTo(NEW_LABEL);
        assertThat(browser.findElement(By.id("labels-changed")).getText()).contains("この画面で変更したラベル");
        assertThat(browser.findElement(By.id("labels-form")).getText()).as("the file's value stays shown")
                .contains("探す");
        String imageAfter = previewDigest(browser);
        assertThat(imageAfter).as("the preview draws the new label").isNotEqualTo(imageBefore);
        chromium.screenshot("changed");

        submitWith(browser, 1, " ");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(browser.findElement(By.id("problem")).getText()).contains("上段中央のラベルを入力してください");
        assertThat(browser.findElements(By.className("notice"))).as("no success banner").isEmpty();
        chromium.screenshot("blank-refused");

        browser.get(url("/admin/rich-menu"));
        submitWith(browser, 2, "補".repeat(21));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem"), "20 文字以内"));
        assertThat(browser.findElement(By.id("label-2")).getAttribute("value")).as("what was entered stays")
                .isEqualTo("補".repeat(21));
        browser.get(url("/admin/rich-menu"));
        assertThat(browser.findElement(By.id("label-1")).getAttribute("value")).as("nothing saved when refused")
                .isEqualTo("申し込み状況");
        assertThat(previewDigest(browser)).isEqualTo(imageAfter);

        browser.findElement(By.id("to-install")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("install-confirmation")));
        assertThat(browser.findElement(By.id("install-confirmation")).getText()).contains(NEW_LABEL);
        browser.findElement(By.id("install")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "設定しました"));
        assertThat(LINE.requests(LineApiMock.RICH_MENU)).singleElement()
                .satisfies(menu -> assertThat(menu.getBodyAsString()).contains("\"label\":\"" + NEW_LABEL + "\"")
                        .doesNotContain("\"label\":\"探す\""));
        assertThat(LINE.requests(LineApiMock.RICH_MENU_CONTENT)).singleElement()
                .satisfies(image -> assertThat(image.getBody()).hasSizeGreaterThan(0));

        browser.get(url("/admin/audit"));
        String audit = browser.findElement(By.tagName("main")).getText();
        assertThat(audit).contains("リッチメニューのラベルを変更", "上段左のラベル", "探す", NEW_LABEL)
                .doesNotContain("richmenu.labels");
    }

    @Test
    void aColleagueWhoIsNotAnAdminCannotChangeTheLabels() {
        accounts.create("kaede", "rich menu labels password", StaffRole.STAFF, "環境保全課", "test", Instant.now());
        ChromeDriver browser = chromium.driver();
        chromium.signIn(url("/admin/login"), "kaede", "rich menu labels password");
        browser.get(url("/admin/rich-menu"));
        assertThat(browser.findElement(By.id("labels-form")).getText()).contains("探す");
        assertThat(browser.findElements(By.id("label-0"))).as("no form to change them").isEmpty();
        assertThat(browser.findElements(By.id("save-labels"))).isEmpty();

        Long status = (Long) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const body = new URLSearchParams(new FormData(document.getElementById('labels-form')));
                for (let i = 0; i < 6; i++) body.append('label', '乗っ取り');
                fetch('/admin/rich-menu/labels', {method: 'POST', body}).then(r => done(r.status));
                """);
        assertThat(status).isEqualTo(403L);
        browser.get(url("/admin/rich-menu"));
        assertThat(browser.findElement(By.id("labels-form")).getText()).doesNotContain("乗っ取り");
        assertThat(browser.findElements(By.id("labels-changed"))).isEmpty();
    }

    /** Puts {@code value} in area {@code index}'s field past the browser's own checks, as a script could. */
    private static void submitWith(ChromeDriver browser, int index, String value) {
        browser.executeScript("""
                const form = document.getElementById('labels-form');
                form.noValidate = true;
                document.getElementById('label-' + arguments[0]).value = arguments[1];
                form.submit();
                """, index, value);
    }

    /** The SHA-256 of the preview image as the browser fetches it. */
    private static String previewDigest(ChromeDriver browser) {
        return (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/admin/rich-menu/image.png').then(r => r.arrayBuffer())
                    .then(bytes => crypto.subtle.digest('SHA-256', bytes))
                    .then(hash => done(Array.from(new Uint8Array(hash)).map(b => b.toString(16)).join('')));
                """);
    }
}

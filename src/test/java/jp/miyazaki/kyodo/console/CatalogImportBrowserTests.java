package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import jp.miyazaki.kyodo.testsupport.Chromium;

/**
 * The import page in a browser, checked with axe-core (WCAG 2.2 AA): choosing a file with a bad row from the
 * activity list's 「CSV・Excelから取り込む」 shows the preview's problem table and no confirm button.
 */
class CatalogImportBrowserTests extends EveryConsolePage {

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("import-");

    @Test
    void thePreviewOfAFileWithABadRowIsAccessibleAndOffersNoConfirmation() throws IOException {
        ChromeDriver browser = chromium.driver();
        Path file = Files.createTempFile("opportunities", ".csv");
        Files.writeString(file, "ID,種類,タイトル,分野,地域,場所,開始日時,終了日時,定員,主催,問い合わせ先,説明,部署,"
                + "参加しやすさ,住所,緯度,経度,英語のタイトル,英語の説明,英語の場所,英語の主催\r\n"
                + ",volunteer,清掃,環境,大淀,河川敷,2027/1/16 9:00,2027/1/16 8:00,10,"
                + ",,,,,,,\r\n", StandardCharsets.UTF_8);
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        browser.get(url("/admin/opportunities"));
        browser.findElement(By.id("opportunities-import")).click();
        assertThat(chromium.accessibilityViolations()).as("the import page").isEmpty();

        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("preview")).click();

        assertThat(browser.findElement(By.id("preview-summary")).getText()).contains("問題が1件あります");
        assertThat(browser.findElement(By.id("row-errors")).getText()).contains("2", "終了日時",
                "終了は開始より後にしてください");
        assertThat(browser.findElements(By.id("confirm-import"))).isEmpty();
        assertThat(chromium.accessibilityViolations()).as("the preview with a problem").isEmpty();
        chromium.screenshot("preview-with-a-problem");
    }
}

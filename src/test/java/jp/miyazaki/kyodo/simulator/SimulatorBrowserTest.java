package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import jp.miyazaki.kyodo.testsupport.Chromium;

/**
 * The simulator page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), one
 * browser per test class; skipped only where Chromium is not installed.
 */
abstract class SimulatorBrowserTest extends SimulatorIntegrationTest {

    @RegisterExtension
    static final Chromium chromium = Chromium.phone();

    protected SimulatorPage newPage() {
        return new SimulatorPage(chromium.driver());
    }

    /** Taps a button of the newest confirm template the bot drew. */
    protected static void tapLastConfirm(SimulatorPage page, String label) {
        List<WebElement> templates = page.elements(".template.confirm");
        assertThat(templates).as("a confirm template was drawn").isNotEmpty();
        page.tap(templates.get(templates.size() - 1).findElements(By.tagName("button")).stream()
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow());
    }
}

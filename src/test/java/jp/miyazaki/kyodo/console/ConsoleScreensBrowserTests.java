package jp.miyazaki.kyodo.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import jp.miyazaki.kyodo.testsupport.Chromium;

/**
 * The console on a phone (390 px), a tablet (800 px) and a laptop (1280 px): every page, signed in as an admin,
 * scrolls only up and down, and its header (the navigation folded into a menu below the laptop width) leaves the
 * screen to the page. Figures per page and width go to {@code target/console-screens.txt}, screenshots to
 * {@code target/screens-<page>-<width>.png}. The viewport is set through Chromium's device emulation, so the page
 * is exactly that wide (a window size would include the browser's frame).
 */
class ConsoleScreensBrowserTests extends EveryConsolePage {

    /** A phone (iPhone 12–15's CSS width), a tablet in portrait, a laptop. */
    private static final List<Screen> SCREENS = List.of(new Screen(390, 844, true), new Screen(800, 1100, true),
            new Screen(1280, 900, false));

    @RegisterExtension
    static final Chromium chromium = Chromium.desktop("screens-");

    @Test
    void everyPageFitsAPhoneATabletAndALaptopWithoutSidewaysScrolling() throws IOException {
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        Map<String, Map<Integer, Fit>> fits = new LinkedHashMap<>();
        try {
            for (Screen screen : SCREENS) {
                screen.emulate(chromium.driver());
                for (Map.Entry<String, String> page : pages().entrySet()) {
                    chromium.driver().get(url(page.getKey()));
                    fits.computeIfAbsent(page.getKey(), path -> new LinkedHashMap<>())
                            .put(screen.width(), Fit.measure(chromium.driver()));
                    chromium.screenshot(page.getValue() + "-" + screen.width());
                }
            }
        } finally {
            chromium.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        List<String> report = new ArrayList<>(
                List.of("page\twidth\toverflow px\tinner overflow px\theader px\tviewport px\tbroken labels"));
        fits.forEach((path, byWidth) -> byWidth.forEach((width, fit) -> report.add(path + "\t" + width + "\t"
                + fit.overflow() + "\t" + fit.inner() + "\t" + fit.header() + "\t" + fit.viewportHeight() + "\t"
                + fit.broken())));
        Files.writeString(Path.of("target", "console-screens.txt"), String.join("\n", report) + "\n");
        assertThat(fits).as("sideways scrolling and header height per page (see target/console-screens.txt)")
                .allSatisfy((path, byWidth) -> assertThat(byWidth).allSatisfy((width, fit) -> {
                    assertThat(fit.overflow()).as("%s at %d px: px beyond the screen's width", path, width)
                            .isLessThanOrEqualTo(0);
                    assertThat(fit.inner()).as("%s at %d px: px hidden sideways in a scrolling box", path, width)
                            .isLessThanOrEqualTo(0);
                    assertThat(fit.header()).as("%s at %d px: the header's height", path, width)
                            .isLessThanOrEqualTo(fit.viewportHeight() / 5);
                    assertThat(fit.broken()).as("%s at %d px: short labels broken over lines", path, width)
                            .isEmpty();
                }));
    }

    @Test
    void onAPhoneTheMenuOpensAndListsBecomeCardsWithTheirButtonsOnScreen() throws IOException {
        ChromeDriver browser = chromium.driver();
        chromium.signIn(url("/admin/login"), ADMIN, PASSWORD);
        try {
            SCREENS.get(0).emulate(browser);
            browser.get(url("/admin"));
            WebElement navigation = browser.findElement(By.cssSelector("header.top nav"));
            assertThat(navigation.isDisplayed()).as("the navigation is folded away").isFalse();
            browser.findElement(By.id("menu-toggle")).click();
            chromium.patiently().until(ExpectedConditions.visibilityOf(navigation));
            chromium.screenshot("menu-open-390");
            assertThat(browser.findElement(By.cssSelector("header.top")).getRect().getHeight())
                    .as("the open menu fits on the screen with room to spare").isLessThanOrEqualTo(844 * 2 / 3);
            assertThat(browser.findElement(By.id("menu-toggle")).getAttribute("aria-expanded")).isEqualTo("true");
            navigation.findElement(By.linkText("活動")).click();
            chromium.patiently().until(ExpectedConditions.urlToBe(url("/admin/opportunities")));
            assertThat(browser.findElement(By.cssSelector("header.top nav a[aria-current=page]"))
                    .getAttribute("textContent")).as("the menu says where staff are").isEqualTo("活動");

            WebElement edit = browser.findElement(
                    By.cssSelector("td.actions a[href='/admin/opportunities/opp-001/edit']"));
            Long right = (Long) browser.executeScript(
                    "return Math.ceil(arguments[0].getBoundingClientRect().right);", edit);
            assertThat(right).as("編集 is on the screen, not beyond its right edge").isLessThanOrEqualTo(390L);
            WebElement row = browser.findElement(By.cssSelector("table.cards tbody tr"));
            assertThat(row.getCssValue("display")).as("a row is a card").isEqualTo("block");
            assertThat(browser.findElement(By.cssSelector("table.cards thead")).getRect().getHeight())
                    .as("the column headings are hidden from view (kept for screen readers)").isLessThanOrEqualTo(1);
            assertThat(browser.executeScript("return getComputedStyle(arguments[0], '::before').content;",
                    row.findElement(By.cssSelector("td[data-label]"))))
                    .as("each value says its column's name").isEqualTo("\"日時\"");
            chromium.screenshot("opportunities-cards-390");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A screen size to emulate; {@code mobile} applies the page's viewport meta tag, as a phone or tablet does. */
    private record Screen(int width, int height, boolean mobile) {

        void emulate(ChromeDriver browser) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", mobile));
        }
    }

    /**
     * How a page fits: px it is wider than the screen, px hidden sideways in a box that scrolls on its own (a
     * table in a scrolling frame: the page fits, but 編集 is off-screen), the header's height, the screen's height,
     * and the short labels (buttons, menu links: up to 8 characters) broken over lines (「変/更」, 「ダッシュボー/ド」).
     */
    private record Fit(long overflow, long inner, long header, long viewportHeight, List<String> broken) {

        static Fit measure(ChromeDriver browser) {
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) browser.executeScript("""
                    const root = document.documentElement;
                    const header = document.querySelector('header.top');
                    const inner = [...document.querySelectorAll('body *')]
                        .filter(e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
                        .map(e => e.scrollWidth - e.clientWidth);
                    return {overflow: root.scrollWidth - root.clientWidth, inner: Math.max(0, ...inner),
                        header: header ? Math.round(header.getBoundingClientRect().height) : 0,
                        viewport: window.innerHeight, broken: [...document.querySelectorAll(
                            'button, a.button, header nav a')].filter(e => {
                          const text = e.textContent.trim();
                          if (text.length === 0 || text.length > 8 || e.getClientRects().length === 0) return false;
                          const range = document.createRange();
                          range.selectNodeContents(e);
                          return new Set([...range.getClientRects()].filter(r => r.width > 0)
                              .map(r => Math.round(r.top))).size > 1;
                        }).map(e => e.textContent.trim())};
                    """);
            return new Fit((Long) figures.get("overflow"), (Long) figures.get("inner"), (Long) figures.get("header"),
                    (Long) figures.get("viewport"), (List<String>) figures.get("broken"));
        }
    }
}

package jp.miyazaki.kyodo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One {@link HeadlessChromium} per test class, as a JUnit extension:
 * {@code @RegisterExtension static final Chromium chromium = Chromium.desktop("console-");}. The class is skipped
 * (not failed) where Chromium is not installed. Also what every console test does with it: sign in, wait,
 * screenshot, download a CSV with the browser's session, check a page with axe-core.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final Dimension window;
    private final String screenshotPrefix;
    private HeadlessChromium chromium;

    private Chromium(Dimension window, String screenshotPrefix) {
        this.window = window;
        this.screenshotPrefix = screenshotPrefix;
    }

    /** A desktop-sized window (the console); screenshots go to {@code target/<prefix><name>.png}. */
    public static Chromium desktop(String screenshotPrefix) {
        return new Chromium(new Dimension(1280, 900), screenshotPrefix);
    }

    /** {@link HeadlessChromium}'s phone-sized window (the simulator, as a citizen sees it). */
    public static Chromium phone() {
        return new Chromium(null, "");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium is not installed (apt-get install chromium "
                + "chromium-driver)");
        chromium = HeadlessChromium.start();
        if (window != null) {
            chromium.driver().manage().window().setSize(window);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    public ChromeDriver driver() {
        return chromium.driver();
    }

    /** A wait long enough for a page of the console on a busy machine. */
    public WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver(), PATIENCE);
        // A page that is being replaced (a form just posted) can answer "node does not belong to the document" for
        // an element found a moment before: look again until the patience runs out.
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** Signs in to the console from a fresh session and waits for the dashboard. */
    public void signIn(String loginUrl, String username, String password) {
        driver().manage().deleteAllCookies();
        driver().get(loginUrl);
        submitLogin(username, password);
    }

    /** Fills in the login form already on screen and waits for the dashboard. */
    public void submitLogin(String username, String password) {
        driver().findElement(By.name("username")).sendKeys(username);
        driver().findElement(By.name("password")).sendKeys(password);
        driver().findElement(By.cssSelector("button[type=submit]")).click();
        // Read while the login page is replaced, its heading can vanish under the driver ("Node … does not belong
        // to the document"), which Chromium reports as a plain WebDriverException: try again until the dashboard.
        patiently().ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "ダッシュボード"));
    }

    /** What axe-core finds against WCAG 2.2 AA (and the A/AA levels it includes) on the page shown now. */
    public List<Axe.Violation> accessibilityViolations() {
        return Axe.violations(driver());
    }

    /** Saves what the browser shows to {@code target/<prefix><name>.png}. */
    public void screenshot(String name) throws IOException {
        Path target = Path.of("target", screenshotPrefix + name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, driver().getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Downloads a CSV link with the browser's session cookie, as the browser would, and checks what Excel needs
     * (200, text/csv, a UTF-8 byte order mark); returns the text after the mark.
     */
    public String downloadCsv(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + driver().manage().getCookieNamed("SESSION").getValue())
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    }
}

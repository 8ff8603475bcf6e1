package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The simulator page as a test sees it: what a person would do on it and what they would see. */
public final class SimulatorPage {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver browser;

    public SimulatorPage(ChromeDriver browser) {
        this.browser = browser;
    }

    public ChromeDriver driver() {
        return browser;
    }

    /** Opens the page as a brand-new user (a fresh random id). */
    public void openAsNewUser(String url) {
        browser.get(url);
        js("localStorage.clear();");
        browser.navigate().refresh();
        waitFor(() -> !userId().isEmpty());
    }

    public void reload() {
        browser.navigate().refresh();
        waitFor(() -> !userId().isEmpty());
    }

    /** Types a new user id into the field, as a person would, and leaves the field. */
    public void changeUserId(String userId) {
        WebElement field = element("#user-id");
        field.clear();
        field.sendKeys(userId, Keys.TAB);
    }

    public String userId() {
        return browser.findElement(By.id("user-id")).getDomProperty("value");
    }

    /** Types a message, sends it and waits for the answer. */
    public void say(String text) {
        int before = botMessageCount();
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("send")).click();
        awaitAnswerAfter(before);
    }

    public void follow() {
        int before = botMessageCount();
        browser.findElement(By.id("follow")).click();
        awaitAnswerAfter(before);
    }

    public WebElement element(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    public List<WebElement> elements(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    public List<WebElement> quickReplies() {
        return elements("#quick-replies .quick-reply");
    }

    public List<String> quickReplyLabels() {
        return quickReplies().stream().map(WebElement::getText).toList();
    }

    /** Taps a button (quick reply, card or template button) and waits for the answer. */
    public void tap(WebElement button) {
        int before = botMessageCount();
        button.click();
        awaitAnswerAfter(before);
    }

    public void tapQuickReply(String label) {
        tap(quickReplies().stream().filter(button -> button.getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick reply " + label + " in " + quickReplyLabels())));
    }

    /** Chooses a value in the open date picker and sends it. */
    public void pick(String value) {
        assertThat(element("#picker").isDisplayed()).as("the date picker is open").isTrue();
        int before = botMessageCount();
        js("arguments[0].value = arguments[1];", element("#picker-input"), value);
        element("#picker-ok").click();
        awaitAnswerAfter(before);
    }

    /** Draws a canned list of LINE message objects (JSON array) as if the bot had sent it. */
    public void render(String messagesJson, int count) {
        int before = botMessageCount();
        js("window.kyodoSimulator.renderMessages(JSON.parse(arguments[0]));", messagesJson);
        awaitBotMessages(before + count);
    }

    public int botMessageCount() {
        return elements(".row[data-from=bot]").size();
    }

    public void awaitBotMessages(int count) {
        waitFor(() -> botMessageCount() >= count && idle());
        assertThat(botMessageCount()).isEqualTo(count);
    }

    private void awaitAnswerAfter(int before) {
        waitFor(() -> botMessageCount() > before && idle());
    }

    private boolean idle() {
        return "0".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-pending"));
    }

    @SuppressWarnings("unchecked")
    public List<String> botTexts() {
        return (List<String>) js("return Array.from(document.querySelectorAll("
                + "'.row[data-from=bot] .bot-line > .bubble.bot:not(.placeholder)')).map(b => b.textContent);");
    }

    public List<String> lastBotTexts(int count) {
        List<String> all = botTexts();
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    @SuppressWarnings("unchecked")
    public List<String> userBubbles() {
        return (List<String>) js(
                "return Array.from(document.querySelectorAll('.bubble.user')).map(b => b.textContent);");
    }

    public String chatText() {
        return element("#chat").getText();
    }

    public Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Saves what the browser shows to {@code target/<name>}; returns its size in bytes. */
    public long screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(target);
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }
}

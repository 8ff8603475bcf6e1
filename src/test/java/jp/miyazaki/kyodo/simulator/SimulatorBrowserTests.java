package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import jp.miyazaki.kyodo.line.LineMessageRenderer;

/**
 * The chat page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}). Whatever the
 * dialog answers, the page must draw exactly what the API returns: a "shadow" user is sent the same events
 * through the API and the page's bubbles are compared with those messages. Carousels, confirm templates and date
 * pickers, which the current dialog may not produce yet, are drawn from a reply rendered by the real
 * {@link LineMessageRenderer}.
 */
class SimulatorBrowserTests extends SimulatorIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Text, carousel, confirm and text with quick replies. */
    private static final int SAMPLE_MESSAGES = 4;

    private static ChromeDriver browser;
    private static Path profile;

    @Autowired
    private LineMessageRenderer renderer;

    @Autowired
    private LineMessageJson lineJson;

    private final String shadow = "Ushadow" + Long.toHexString(System.nanoTime());

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed (apt-get install chromium "
                + "chromium-driver)");
        // Both binaries are named, so Selenium Manager never tries to download a driver or a browser.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("kyodo-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=430,900", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    @BeforeEach
    void openTheSimulatorAsANewUser() {
        browser.get(url("/simulator"));
        js("localStorage.clear();");
        browser.navigate().refresh();
        waitFor(() -> !browser.findElement(By.id("user-id")).getDomProperty("value").isEmpty());
    }

    @Test
    void sendsTextShowsTheAnswerAndTapsAQuickReply() throws Exception {
        String userId = browser.findElement(By.id("user-id")).getDomProperty("value");
        assertThat(userId).matches("U[0-9a-f]{32}");
        String text = "青島でボランティアを探しています";

        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("send")).click();
        JsonNode expected = answerFor("{\"userId\":\"%s\",\"text\":\"" + text + "\"}");
        awaitBotMessages(expected.size());

        assertThat(userBubbles()).containsExactly(text);
        assertThat(botTexts()).containsExactlyElementsOf(texts(expected));
        List<WebElement> quickReplies = browser.findElements(By.cssSelector("#quick-replies .quick-reply"));
        assertThat(quickReplies).extracting(WebElement::getText)
                .containsExactlyElementsOf(quickReplyLabels(expected));
        assertThat(browser.findElement(By.id("quick-replies")).isDisplayed()).isTrue();

        JsonNode tapped = expected.get(expected.size() - 1).at("/quickReply/items/0/action");
        quickReplies.get(0).click();
        JsonNode answer = answerFor(shadowRequestFor(tapped));
        awaitBotMessages(expected.size() + answer.size());

        if ("message".equals(tapped.get("type").asText())) {
            assertThat(userBubbles()).containsExactly(text, tapped.get("text").asText());
        }
        assertThat(botTexts()).containsExactlyElementsOf(
                Stream.concat(texts(expected).stream(), texts(answer).stream()).toList());
    }

    @Test
    void followShowsTheWelcome() throws Exception {
        browser.findElement(By.id("follow")).click();
        JsonNode welcome = answerFor("{\"userId\":\"%s\",\"event\":\"follow\"}");
        awaitBotMessages(welcome.size());

        assertThat(welcome).isNotEmpty();
        assertThat(botTexts()).containsExactlyElementsOf(texts(welcome));
        assertThat(userBubbles()).isEmpty();
        assertThat(browser.findElement(By.id("chat")).getText()).contains("友だち追加しました");
    }

    @Test
    void drawsCarouselsAndConfirmTemplatesAndTheirButtonsWork() throws Exception {
        renderSample();

        List<WebElement> cards = browser.findElements(By.cssSelector(".carousel .flex-bubble"));
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).findElement(By.cssSelector(".body")).getText())
                .contains(SampleReplies.FIRST_CARD, "青島海水浴場");
        assertThat(cards.get(0).findElements(By.cssSelector(".footer button"))).extracting(WebElement::getText)
                .containsExactly("詳細", "申し込む");
        WebElement confirm = browser.findElement(By.cssSelector(".template.confirm"));
        assertThat(confirm.findElement(By.cssSelector(".template-text")).getText())
                .isEqualTo(SampleReplies.CONFIRM_TEXT);
        assertThat(confirm.findElements(By.cssSelector("button"))).extracting(WebElement::getText)
                .containsExactly("はい", "いいえ");
        assertThat(browser.findElements(By.cssSelector("#quick-replies .quick-reply"))).extracting(WebElement::getText)
                .containsExactly("日付を選ぶ", "日時を選ぶ", "今週末");

        cards.get(0).findElements(By.cssSelector(".footer button")).get(1).click();
        JsonNode signUp = answerFor("{\"userId\":\"%s\",\"postback\":\"signup?id=op-001\"}");
        awaitBotMessages(SAMPLE_MESSAGES + signUp.size());
        assertThat(userBubbles()).containsExactly("「" + SampleReplies.FIRST_CARD + "」に申し込む");
        assertThat(lastBotTexts(signUp.size())).containsExactlyElementsOf(texts(signUp));

        confirm.findElements(By.cssSelector("button")).get(0).click();
        JsonNode yes = answerFor("{\"userId\":\"%s\",\"postback\":\"confirm?answer=yes\"}");
        awaitBotMessages(SAMPLE_MESSAGES + signUp.size() + yes.size());
        assertThat(userBubbles()).endsWith("はい");
        assertThat(lastBotTexts(yes.size())).containsExactlyElementsOf(texts(yes));
    }

    @Test
    void aDatePickerSendsThePickedDateAsPostbackParams() throws Exception {
        renderSample();

        browser.findElements(By.cssSelector("#quick-replies .quick-reply")).get(0).click();
        WebElement input = browser.findElement(By.id("picker-input"));
        assertThat(browser.findElement(By.id("picker")).isDisplayed()).isTrue();
        assertThat(input.getDomAttribute("type")).isEqualTo("date");
        js("arguments[0].value = '2026-12-05';", input);
        browser.findElement(By.id("picker-ok")).click();
        JsonNode answer = answerFor(
                "{\"userId\":\"%s\",\"postback\":\"pick?slot=date\",\"params\":{\"date\":\"2026-12-05\"}}");
        awaitBotMessages(SAMPLE_MESSAGES + answer.size());

        assertThat(browser.findElement(By.id("picker")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("chat")).getText()).contains("2026-12-05");
        assertThat(lastBotTexts(answer.size())).containsExactlyElementsOf(texts(answer));
    }

    @Test
    void showsMessagesItCannotDrawAsAGreyPlaceholder() {
        js("window.kyodoSimulator.renderMessages(JSON.parse(arguments[0]));",
                "[{\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\"}]");

        WebElement placeholder = browser.findElement(By.cssSelector(".bubble.placeholder"));
        assertThat(placeholder.getDomAttribute("data-unsupported")).isEqualTo("sticker");
        assertThat(placeholder.getCssValue("background-color")).isEqualTo("rgba(217, 217, 217, 1)");
    }

    @Test
    void looksLikeALineChat() throws Exception {
        browser.findElement(By.id("follow")).click();
        awaitBotMessages(answerFor("{\"userId\":\"%s\",\"event\":\"follow\"}").size());
        int before = botMessageCount();
        browser.findElement(By.id("text")).sendKeys("今週末に海岸清掃はありますか");
        browser.findElement(By.id("send")).click();
        awaitBotMessages(before + answerFor("{\"userId\":\"%s\",\"text\":\"今週末に海岸清掃はありますか\"}").size());
        renderSample();

        WebElement userBubble = browser.findElement(By.cssSelector(".bubble.user"));
        assertThat(userBubble.getCssValue("background-color")).isEqualTo("rgba(141, 224, 85, 1)");
        assertThat(userBubble.getLocation().getX()).as("user bubbles on the right")
                .isGreaterThan(browser.findElement(By.cssSelector(".bubble.bot")).getLocation().getX());
        assertThat(browser.findElement(By.cssSelector(".bot-name")).getText()).isEqualTo("協働ボット");
        assertThat(browser.findElement(By.id("phone")).getSize().getWidth()).isLessThanOrEqualTo(390);

        assertThat(screenshot("simulator.png")).isPositive();
        js("document.getElementById('chat').scrollTop = 0;");
        assertThat(screenshot("simulator-top.png")).isPositive();
    }

    private static long screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(target);
    }

    /** Draws the sample reply (every kind of part) as if the bot had sent it. */
    private void renderSample() throws IOException {
        JsonNode messages = JSON.readTree(lineJson.document(renderer.render(SampleReplies.everyKind())))
                .get("messages");
        int before = botMessageCount();
        js("window.kyodoSimulator.renderMessages(JSON.parse(arguments[0]));", messages.toString());
        awaitBotMessages(before + SAMPLE_MESSAGES);
    }

    /** What the API answers the shadow user for the same event the page just sent. */
    private JsonNode answerFor(String requestTemplate) throws IOException {
        var response = simulate(requestTemplate.formatted(shadow));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("messages");
    }

    private static String shadowRequestFor(JsonNode action) {
        String type = action.get("type").asText();
        if ("message".equals(type)) {
            return "{\"userId\":\"%s\",\"text\":" + action.get("text") + "}";
        }
        return "{\"userId\":\"%s\",\"postback\":" + action.get("data") + "}";
    }

    private static List<String> texts(JsonNode messages) {
        List<String> texts = new ArrayList<>();
        messages.forEach(message -> {
            if ("text".equals(message.get("type").asText())) {
                texts.add(message.get("text").asText());
            }
        });
        return texts;
    }

    private static List<String> quickReplyLabels(JsonNode messages) {
        List<String> labels = new ArrayList<>();
        messages.get(messages.size() - 1).at("/quickReply/items")
                .forEach(item -> labels.add(item.at("/action/label").asText()));
        return labels;
    }

    private int botMessageCount() {
        return browser.findElements(By.cssSelector(".row[data-from=bot]")).size();
    }

    private void awaitBotMessages(int count) {
        waitFor(() -> botMessageCount() >= count && "0".equals(
                browser.findElement(By.tagName("body")).getDomAttribute("data-pending")));
        assertThat(botMessageCount()).isEqualTo(count);
    }

    @SuppressWarnings("unchecked")
    private List<String> botTexts() {
        return (List<String>) js("return Array.from(document.querySelectorAll("
                + "'.row[data-from=bot] .bot-line > .bubble.bot:not(.placeholder)')).map(b => b.textContent);");
    }

    private List<String> lastBotTexts(int count) {
        List<String> all = botTexts();
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    @SuppressWarnings("unchecked")
    private List<String> userBubbles() {
        return (List<String>) js(
                "return Array.from(document.querySelectorAll('.bubble.user')).map(b => b.textContent);");
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }
}

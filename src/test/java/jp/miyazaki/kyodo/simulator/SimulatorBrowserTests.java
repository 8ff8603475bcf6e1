package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import jp.miyazaki.kyodo.line.LineMessageJson;
import jp.miyazaki.kyodo.line.LineMessageRenderer;

/**
 * The chat page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}). Whatever the
 * dialog answers, the page must draw exactly what the API returns: a "shadow" user is sent the same events
 * through the API and the page's bubbles are compared with those messages. Carousels, confirm templates and date
 * pickers, which the current dialog may not produce, are drawn from a reply rendered by the real
 * {@link LineMessageRenderer}.
 */
class SimulatorBrowserTests extends SimulatorBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text, carousel, confirm and text with quick replies. */
    private static final int SAMPLE_MESSAGES = 4;

    @Autowired
    private LineMessageRenderer renderer;

    @Autowired
    private LineMessageJson lineJson;

    private final String shadow = "Ushadow" + Long.toHexString(System.nanoTime());
    private SimulatorPage page;

    @BeforeEach
    void openTheSimulatorAsANewUser() {
        page = newPage();
        page.openAsNewUser(url("/simulator"));
    }

    @Test
    void sendsTextShowsTheAnswerAndTapsAQuickReply() throws Exception {
        assertThat(page.userId()).matches("U[0-9a-f]{32}");
        String text = "青島でボランティアを探しています";

        page.say(text);
        JsonNode expected = answerFor("{\"userId\":\"%s\",\"text\":\"" + text + "\"}");

        assertThat(page.botMessageCount()).isEqualTo(expected.size());
        assertThat(page.userBubbles()).containsExactly(text);
        assertThat(page.botTexts()).containsExactlyElementsOf(texts(expected));
        assertThat(page.quickReplyLabels()).containsExactlyElementsOf(quickReplyLabels(expected));
        assertThat(page.element("#quick-replies").isDisplayed()).isTrue();

        JsonNode tapped = expected.get(expected.size() - 1).at("/quickReply/items/0/action");
        page.tap(page.quickReplies().get(0));
        JsonNode answer = answerFor(shadowRequestFor(tapped));

        assertThat(page.botMessageCount()).isEqualTo(expected.size() + answer.size());
        if ("message".equals(tapped.get("type").asText())) {
            assertThat(page.userBubbles()).containsExactly(text, tapped.get("text").asText());
        }
        assertThat(page.botTexts()).containsExactlyElementsOf(
                Stream.concat(texts(expected).stream(), texts(answer).stream()).toList());
    }

    @Test
    void followShowsTheWelcome() throws Exception {
        page.follow();
        JsonNode welcome = answerFor("{\"userId\":\"%s\",\"event\":\"follow\"}");

        assertThat(welcome).isNotEmpty();
        assertThat(page.botMessageCount()).isEqualTo(welcome.size());
        assertThat(page.botTexts()).containsExactlyElementsOf(texts(welcome));
        assertThat(page.userBubbles()).isEmpty();
        assertThat(page.chatText()).contains("友だち追加しました");
    }

    @Test
    void drawsCarouselsAndConfirmTemplatesAndTheirButtonsWork() throws Exception {
        renderSample();

        List<WebElement> cards = page.elements(".carousel .flex-bubble");
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).getText()).contains(SampleReplies.FIRST_CARD, "青島海水浴場");
        List<WebElement> cardButtons = page.elements(".carousel .flex-bubble:first-child .footer button");
        assertThat(cardButtons).extracting(WebElement::getText).containsExactly("詳細", "申し込む");
        WebElement confirm = page.element(".template.confirm");
        assertThat(confirm.getText()).contains(SampleReplies.CONFIRM_TEXT);
        List<WebElement> confirmButtons = page.elements(".template.confirm button");
        assertThat(confirmButtons).extracting(WebElement::getText).containsExactly("はい", "いいえ");
        assertThat(page.quickReplyLabels()).containsExactly("日付を選ぶ", "日時を選ぶ", "今週末");

        page.tap(cardButtons.get(1));
        JsonNode signUp = answerFor("{\"userId\":\"%s\",\"postback\":\"signup?id=op-001\"}");
        assertThat(page.userBubbles()).containsExactly("「" + SampleReplies.FIRST_CARD + "」に申し込む");
        assertThat(page.lastBotTexts(signUp.size())).containsExactlyElementsOf(texts(signUp));

        page.tap(confirmButtons.get(0));
        JsonNode yes = answerFor("{\"userId\":\"%s\",\"postback\":\"confirm?answer=yes\"}");
        assertThat(page.userBubbles()).endsWith("はい");
        assertThat(page.lastBotTexts(yes.size())).containsExactlyElementsOf(texts(yes));
        assertThat(page.botMessageCount()).isEqualTo(SAMPLE_MESSAGES + signUp.size() + yes.size());
    }

    @Test
    void aDatePickerSendsThePickedDateAsPostbackParams() throws Exception {
        renderSample();

        page.quickReplies().get(0).click();
        assertThat(page.element("#picker-input").getDomAttribute("type")).isEqualTo("date");
        page.pick("2026-12-05");
        JsonNode answer = answerFor(
                "{\"userId\":\"%s\",\"postback\":\"pick?slot=date\",\"params\":{\"date\":\"2026-12-05\"}}");

        assertThat(page.element("#picker").isDisplayed()).isFalse();
        assertThat(page.chatText()).contains("2026-12-05");
        assertThat(page.lastBotTexts(answer.size())).containsExactlyElementsOf(texts(answer));
        assertThat(page.botMessageCount()).isEqualTo(SAMPLE_MESSAGES + answer.size());
    }

    @Test
    void askingForSomethingNearbyOpensTheLocationSheetAndTheSharedLocationListsWhatIsNear() {
        page.say("近くの公民館を教えて");
        assertThat(page.quickReplyLabels()).contains("位置情報を送る");

        // The button opens the location sheet and sends nothing yet.
        page.quickReplies().stream().filter(button -> button.getText().equals("位置情報を送る")).findFirst()
                .orElseThrow().click();
        assertThat(page.element("#location-picker").isDisplayed()).isTrue();
        page.element(".location-presets button[data-address='宮崎市佐土原町下田島']").click();
        int before = page.botMessageCount();
        page.element("#location-ok").click();
        page.awaitBotMessages(before + 4);

        assertThat(page.element("#location-picker").isDisplayed()).isFalse();
        assertThat(page.userBubbles()).last().isEqualTo("📍 宮崎市佐土原町下田島");
        List<WebElement> cards = page.elements(".carousel .flex-bubble");
        assertThat(cards.get(0).getText()).contains("佐土原公民館").containsPattern("\\d+m・公民館・佐土原");
    }

    @Test
    void drawsALocationMessageWithAMapLink() {
        page.render("[{\"type\":\"location\",\"title\":\"佐土原公民館\",\"address\":\"宮崎市佐土原町下田島\","
                + "\"latitude\":32.0286,\"longitude\":131.4265}]", 1);

        WebElement location = page.element(".bubble.location");
        assertThat(location.getText()).contains("佐土原公民館", "宮崎市佐土原町下田島");
        assertThat(location.findElement(org.openqa.selenium.By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("https://www.google.com/maps/search/?api=1&query=32.0286%2C131.4265");
    }

    @Test
    void keepsTheUserIdChangesItAndSimulatesUnfollow() {
        String generated = page.userId();
        page.reload();
        assertThat(page.userId()).as("kept in localStorage").isEqualTo(generated);

        page.changeUserId("Ucustom0123456789");
        page.reload();
        assertThat(page.userId()).isEqualTo("Ucustom0123456789");
        page.follow();
        page.element("#unfollow").click();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                redis.opsForHash().get("kyodo:user:Ucustom0123456789", "active")).isEqualTo("false"));
        assertThat(page.chatText()).contains("ブロックしました");

        page.changeUserId("not valid!");
        assertThat(page.element("#user-id").getDomAttribute("class")).contains("invalid");
        page.element("#text").sendKeys("こんにちは");
        page.element("#send").click();
        assertThat(page.chatText()).contains("ユーザーIDが正しくありません");
        assertThat(page.userBubbles()).isEmpty();
    }

    @Test
    void showsMessagesItCannotDrawAsAGreyPlaceholder() {
        page.render("[{\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\"}]", 1);

        WebElement placeholder = page.element(".bubble.placeholder");
        assertThat(placeholder.getDomAttribute("data-unsupported")).isEqualTo("sticker");
        assertThat(placeholder.getCssValue("background-color")).isEqualTo("rgba(217, 217, 217, 1)");
    }

    @Test
    void looksLikeALineChat() throws Exception {
        page.follow();
        page.say("今週末に海岸清掃はありますか");
        renderSample();

        WebElement userBubble = page.element(".bubble.user");
        assertThat(userBubble.getCssValue("background-color")).isEqualTo("rgba(141, 224, 85, 1)");
        assertThat(userBubble.getLocation().getX()).as("user bubbles on the right")
                .isGreaterThan(page.element(".bubble.bot").getLocation().getX());
        assertThat(page.element(".bot-name").getText()).isEqualTo("協働ボット");
        assertThat(page.element("#phone").getSize().getWidth()).isLessThanOrEqualTo(390);

        assertThat(page.screenshot("simulator.png")).isPositive();
        page.js("document.getElementById('chat').scrollTop = 0;");
        assertThat(page.screenshot("simulator-top.png")).isPositive();
    }

    /** Draws the sample reply (every kind of part) as if the bot had sent it. */
    private void renderSample() throws IOException {
        JsonNode messages = JSON.readTree(lineJson.document(renderer.render(SampleReplies.everyKind())))
                .get("messages");
        assertThat(messages).hasSize(SAMPLE_MESSAGES);
        page.render(messages.toString(), SAMPLE_MESSAGES);
    }

    /** What the API answers the shadow user for the same event the page just sent. */
    private JsonNode answerFor(String requestTemplate) throws IOException {
        var response = simulate(requestTemplate.formatted(shadow));
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("messages");
    }

    private static String shadowRequestFor(JsonNode action) {
        if ("message".equals(action.get("type").asText())) {
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
}

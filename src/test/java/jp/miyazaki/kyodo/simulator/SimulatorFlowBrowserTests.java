package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import jp.miyazaki.kyodo.shared.CityTime;

/**
 * A citizen finds an activity and signs up in the browser, through the shipped flows of the real flow engine,
 * so the page meets the carousel, confirm templates and date picker the flows produce, with the real
 * understanding, domain actions and sample catalog.
 */
class SimulatorFlowBrowserTests extends SimulatorBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(CityTime.ZONE);

    @Test
    void findsAnActivityPicksADateAndSignsUpByTapping() throws Exception {
        SimulatorPage page = newPage();
        page.openAsNewUser(url("/simulator"));

        page.say("こんにちは");
        page.tapQuickReply("活動を探す");
        assertThat(page.chatText()).contains("どの分野の活動をお探しですか？");
        page.tapQuickReply("環境");
        assertThat(page.elements(".carousel .flex-bubble")).as("the search runs once the topic is known").isNotEmpty();
        page.tapQuickReply("地域を変える");
        page.tapQuickReply("青島");
        page.tapQuickReply("日付を変える");
        page.quickReplies().stream().filter(button -> button.getText().equals("日付を選ぶ")).findFirst()
                .orElseThrow().click();
        assertThat(page.element("#picker-input").getDomAttribute("type")).isEqualTo("date");
        page.pick(TODAY.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).toString());

        List<WebElement> cards = page.elements(".carousel .flex-bubble");
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).getText()).contains("青島海岸ビーチクリーン");
        assertThat(page.screenshot("simulator-flow-carousel.png")).isPositive();
        page.tap(page.elements(".carousel .flex-bubble .footer button").stream()
                .filter(button -> button.getText().equals("申し込む")).findFirst().orElseThrow());
        assertThat(page.userBubbles()).last().isEqualTo("申し込む");
        page.say("宮崎 花子");
        page.say("090-1234-5678");
        page.say("2");
        tapLastConfirm(page, "はい");
        assertThat(page.element("#quick-replies").isDisplayed()).as("no quick reply under a confirm").isFalse();
        assertThat(page.elements(".template.confirm").get(page.elements(".template.confirm").size() - 1).getText())
                .contains("青島海岸ビーチクリーン", "2名");
        assertThat(page.screenshot("simulator-flow.png")).isPositive();
        tapLastConfirm(page, "はい");

        assertThat(String.join("\n", page.lastBotTexts(2))).contains("お申し込みを受け付けました", "青島海岸ビーチクリーン");
    }

}

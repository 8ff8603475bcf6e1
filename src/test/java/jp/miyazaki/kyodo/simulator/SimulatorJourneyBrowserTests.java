package jp.miyazaki.kyodo.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The acceptance walk, done as a citizen would in the simulator page in headless Chromium: typing
 * natural Japanese and tapping what the bot offers, never reading documentation. Screenshots of each stage land
 * in {@code target/journey-*.png}.
 */
class SimulatorJourneyBrowserTests extends SimulatorBrowserTest {

    @Test
    void aCitizenFindsSignsUpCancelsAsksAndLeavesByChatting() throws Exception {
        SimulatorPage page = newPage();
        page.openAsNewUser(url("/simulator"));

        page.say("今週末、青島で環境のボランティアないですか？");
        List<WebElement> cards = page.elements(".carousel .flex-bubble");
        assertThat(cards).isNotEmpty();
        assertThat(cards.get(0).getText()).contains("青島海岸ビーチクリーン");
        page.screenshot("journey-1-search.png");
        page.tap(cardButton(cards.get(0), "申し込む"));
        page.say("宮崎 花子");
        page.say("090-1234-5678");
        page.say("2人");
        tapLastConfirm(page, "はい");
        tapLastConfirm(page, "はい");
        assertThat(String.join("\n", page.lastBotTexts(2))).contains("お申し込みを受け付けました");
        page.screenshot("journey-2-signed-up.png");

        page.say("申し込み状況を見せて");
        List<WebElement> mine = page.elements(".carousel .flex-bubble");
        WebElement signedUp = mine.get(mine.size() - 1);
        assertThat(signedUp.getText()).contains("青島海岸ビーチクリーン", "確定");
        page.tap(cardButton(signedUp, "キャンセル"));
        tapLastConfirm(page, "はい");
        assertThat(String.join("\n", page.lastBotTexts(1))).contains("お申し込みを取り消しました");

        page.say("地域コミュニティ活動交付金の締め切りはいつ？");
        assertThat(String.join("\n", page.lastBotTexts(2))).contains("地域コミュニティ活動交付金の締め切りは");

        page.say("清武で部屋を借りたい");
        assertThat(page.chatText()).contains("清武地区交流センター");
        page.screenshot("journey-3-facilities.png");

        page.say("NPO法人を作りたいので相談したいです");
        assertThat(String.join("\n", page.lastBotTexts(1))).as("the topic is taken from the message")
                .contains("ご相談の内容");
        page.say("仲間5人でNPO法人を立ち上げたいのですが、手続きがわかりません");
        page.tapQuickReply("市内全域/わからない");
        page.tapQuickReply("LINEで");
        assertThat(String.join("\n", page.lastBotTexts(2))).contains("ご相談を受け付けました");

        page.say("防災のお知らせがほしいです");
        assertThat(String.join("\n", page.lastBotTexts(1))).contains("設定しました");

        page.say("私のデータを全部消してください");
        tapLastConfirm(page, "はい");
        assertThat(String.join("\n", page.lastBotTexts(1))).contains("すべて削除しました");
        page.screenshot("journey-4-deleted.png");
        assertThat(redis.keys("*" + page.userId() + "*")).isEmpty();
    }

    private static WebElement cardButton(WebElement card, String label) {
        return card.findElements(By.cssSelector(".footer button")).stream()
                .filter(button -> button.getText().equals(label)).findFirst().orElseThrow();
    }

}

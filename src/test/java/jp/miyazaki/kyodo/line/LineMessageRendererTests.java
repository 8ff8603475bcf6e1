package jp.miyazaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.LocationAction;
import com.linecorp.bot.messaging.model.LocationMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TemplateMessage;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;

import org.junit.jupiter.api.Test;

import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.shared.LineLimits;

class LineMessageRendererTests {

    private final LineMessageRenderer renderer = new LineMessageRenderer();

    @Test
    void sendsAtMostFiveMessages() {
        Reply.Part[] parts = IntStream.range(0, 7).mapToObj(i -> new Reply.Text("第" + i + "報"))
                .toArray(Reply.Part[]::new);

        List<Message> messages = renderer.render(Reply.of(parts));

        assertThat(messages).hasSize(LineLimits.MESSAGES_PER_REQUEST);
        assertThat(((TextMessage) messages.get(4)).text()).isEqualTo("第4報");
    }

    @Test
    void cutsTextToFiveThousandUtf16UnitsWithoutSplittingASurrogatePair() {
        String emoji = "😀";
        String text = "あ".repeat(4_998) + emoji + "い";

        TextMessage message = (TextMessage) renderer.render(Reply.of(new Reply.Text(text))).get(0);

        assertThat(message.text().length()).isLessThanOrEqualTo(LineLimits.TEXT_LENGTH);
        assertThat(message.text()).endsWith("あ…");
        assertThat(Character.isHighSurrogate(message.text().charAt(message.text().length() - 2))).isFalse();
    }

    @Test
    void opensAWebAddressAsABrowserShowsItPercentEncodedAndLeavesOutWhatIsNoAddress() {
        Reply.Choice pasted = new Reply.Choice("詳しく見る", new Reply.Action.Open("https://例え.jp/申請/書類?名前=宮崎&x=<y>"));
        Reply.Choice broken = new Reply.Choice("開く", new Reply.Action.Open("mailto:<a b>"));

        TextMessage message = (TextMessage) renderer.render(Reply.of(new Reply.Choices("補助金", List.of(pasted,
                broken)))).get(0);

        assertThat(message.quickReply().items()).singleElement().satisfies(item -> assertThat(
                ((URIAction) item.action()).uri().toString()).isEqualTo(
                        "https://xn--r8jz45g.jp/%E7%94%B3%E8%AB%8B/%E6%9B%B8%E9%A1%9E"
                                + "?%E5%90%8D%E5%89%8D=%E5%AE%AE%E5%B4%8E&x=%3Cy%3E"));
    }

    @Test
    void rendersAPlaceAsALocationMessageWithinLinesLengthsAndAnAddressAlways() {
        LocationMessage placed = (LocationMessage) renderer.render(Reply.of(new Reply.Place("佐土原公民館",
                "宮崎市佐土原町下田島", 32.0286, 131.4265))).get(0);
        LocationMessage unaddressed = (LocationMessage) renderer.render(Reply.of(new Reply.Place("公".repeat(120),
                " ", 31.9, 131.4))).get(0);

        assertThat(placed).isEqualTo(new LocationMessage("佐土原公民館", "宮崎市佐土原町下田島", 32.0286, 131.4265));
        assertThat(unaddressed.title()).hasSize(LineLimits.LOCATION_TITLE_LENGTH);
        assertThat(unaddressed.address()).isEqualTo(unaddressed.title());
    }

    @Test
    void offersTheLocationPickerInQuickRepliesOnlyNeverOnACard() {
        Reply.Choice share = new Reply.Choice("位置情報を送る", new Reply.Action.ShareLocation());

        TextMessage asked = (TextMessage) renderer.render(Reply.of(new Reply.Choices("近くを探します", List.of(share,
                Reply.Choice.says("やめる"))))).get(0);
        FlexMessage card = (FlexMessage) renderer.render(Reply.of(new Reply.Cards("施設", List.of(
                new Reply.Card("佐土原公民館", "1.2km", List.of(share)))))).get(0);

        assertThat(asked.quickReply().items()).extracting(QuickReplyItem::action).first()
                .isEqualTo(new LocationAction("位置情報を送る"));
        assertThat(((com.linecorp.bot.messaging.model.FlexBubble) ((FlexCarousel) card.contents()).contents().get(0))
                .footer()).isNull();
    }

    @Test
    void keepsThirteenQuickRepliesWithLabelsOfTwentyCharacters() {
        List<Reply.Choice> choices = IntStream.range(0, 15)
                .mapToObj(i -> Reply.Choice.says("とても長いボタンの名前がここに入ります" + i)).toList();

        TextMessage message = (TextMessage) renderer.render(Reply.of(new Reply.Choices("選んでください", choices)))
                .get(0);

        List<QuickReplyItem> items = message.quickReply().items();
        assertThat(items).hasSize(LineLimits.QUICK_REPLY_ITEMS);
        assertThat(items).allSatisfy(item -> assertThat(((MessageAction) item.action()).label().length())
                .isLessThanOrEqualTo(LineLimits.ACTION_LABEL_LENGTH));
        assertThat(((MessageAction) items.get(0).action()).text()).startsWith("とても長いボタンの名前がここに入ります");
    }

    @Test
    void leavesOutAButtonWhosePostbackDataWouldNotFit() {
        Reply.Choice fits = Reply.Choice.postback("申し込む", "action=signup&id=OPP-1");
        Reply.Choice tooLong = Reply.Choice.postback("詳細", "x".repeat(LineLimits.POSTBACK_DATA_LENGTH + 1));

        TextMessage message = (TextMessage) renderer.render(Reply.of(new Reply.Choices("どうしますか", List.of(fits,
                tooLong)))).get(0);

        assertThat(message.quickReply().items()).hasSize(1);
        assertThat(((PostbackAction) message.quickReply().items().get(0).action()).data())
                .isEqualTo("action=signup&id=OPP-1");
    }

    @Test
    void rendersCardsAsAFlexCarouselOfAtMostTwelve() {
        List<Reply.Card> cards = IntStream.range(0, 14).mapToObj(i -> new Reply.Card("海岸清掃 " + i, "12/5(土) 青島",
                List.of(Reply.Choice.postback("申し込む", "action=signup&id=" + i)))).toList();

        FlexMessage message = (FlexMessage) renderer.render(Reply.of(new Reply.Cards("活動の一覧", cards))).get(0);

        assertThat(((FlexCarousel) message.contents()).contents()).hasSize(LineLimits.CAROUSEL_BUBBLES);
        assertThat(message.altText()).isEqualTo("活動の一覧");
    }

    @Test
    void rendersAConfirmWithTwoButtonsAsATemplate() {
        Reply.Confirm confirm = new Reply.Confirm("この内容で申し込みますか？", Reply.Choice.postback("はい", "yes"),
                Reply.Choice.postback("いいえ", "no"));

        assertThat(renderer.render(Reply.of(confirm)).get(0)).isInstanceOf(TemplateMessage.class);
    }

    @Test
    void rendersAConfirmThatLostAButtonAsPlainText() {
        Reply.Confirm confirm = new Reply.Confirm("この内容で申し込みますか？", Reply.Choice.postback("はい", "y".repeat(301)),
                Reply.Choice.postback("いいえ", "no"));

        assertThat(renderer.render(Reply.of(confirm)).get(0)).isInstanceOf(TextMessage.class);
    }
}

package jp.miyazaki.kyodo.simulator;

import java.util.List;

import jp.miyazaki.kyodo.dialog.Reply;

/**
 * A reply using every kind of part and button the bot's language has, to check that what the renderer makes of
 * it conforms to LINE's API and that the simulator page can draw all of it.
 */
final class SampleReplies {

    static final String FIRST_CARD = "青島海岸クリーンアップ";
    static final String CONFIRM_TEXT = "この内容で申し込みますか？";

    private SampleReplies() {
    }

    static Reply everyKind() {
        return Reply.of(
                new Reply.Text("見つかった活動は2件です。"),
                new Reply.Cards("活動の一覧", List.of(
                        new Reply.Card(FIRST_CARD, "11月29日(土) 9:00〜11:00\n青島海水浴場\n残り12人",
                                List.of(Reply.Choice.postback("詳細", "detail?id=op-001"),
                                        new Reply.Choice("申し込む", new Reply.Action.Send("signup?id=op-001",
                                                "「" + FIRST_CARD + "」に申し込む")))),
                        new Reply.Card("子ども食堂のお手伝い", "11月30日(日) 16:00〜19:00\n大塚地域交流センター\n残り3人",
                                List.of(Reply.Choice.postback("詳細", "detail?id=op-002"),
                                        new Reply.Choice("サイト", new Reply.Action.Open(
                                                "https://www.city.miyazaki.miyazaki.jp/")))))),
                new Reply.Confirm(CONFIRM_TEXT, Reply.Choice.postback("はい", "confirm?answer=yes"),
                        Reply.Choice.postback("いいえ", "confirm?answer=no")),
                new Reply.Choices("参加する日を選んでください。", List.of(
                        new Reply.Choice("日付を選ぶ", new Reply.Action.PickDate("pick?slot=date",
                                Reply.PickerMode.DATE)),
                        new Reply.Choice("日時を選ぶ", new Reply.Action.PickDate("pick?slot=datetime",
                                Reply.PickerMode.DATETIME)),
                        Reply.Choice.says("今週末"))));
    }
}

package jp.miyazaki.kyodo.dialog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.nlu.Token;

/**
 * The first answer, until flows from {@code dialogs/} take over ({@code kyodo.dialog.flows-enabled=true}): it shows which words the bot recognised and
 * what it will be able to do, going through session, understanding and the LINE gateway like every answer.
 */
@Component
@ConditionalOnProperty(name = "kyodo.dialog.flows-enabled", havingValue = "false", matchIfMissing = true)
public class StarterDialog implements Dialog {

    private static final int TOKENS_SHOWN = 12;
    private static final List<Reply.Choice> MENU = List.of(
            Reply.Choice.says("活動を探す"), Reply.Choice.says("申し込み状況"), Reply.Choice.says("補助金"),
            Reply.Choice.says("施設"), Reply.Choice.says("相談"), Reply.Choice.says("通知設定"));
    private static final String ABILITIES = """
            これからできるようになること:
            ・ボランティアやイベントを探す
            ・申し込みと取り消し
            ・補助金と締め切りの確認
            ・活動場所（公民館など）探し
            ・市民活動センターへの相談""";

    @Override
    public Outcome respond(DialogState state, Turn turn) {
        DialogState next = state.touchedAt(turn.at().toInstant());
        UserInput input = turn.input();
        if (input instanceof UserInput.Follow) {
            return new Outcome(Optional.of(next), Reply.of(
                    new Reply.Text("友だち追加ありがとうございます。宮崎市の市民活動をご案内する「協働ボット」です。"),
                    new Reply.Choices(ABILITIES, MENU)));
        }
        if (input instanceof UserInput.Unreadable) {
            return new Outcome(Optional.of(next), Reply.of(new Reply.Choices(
                    "申し訳ありません。いまは文字のメッセージだけ読めます。知りたいことを文字で送ってください。", MENU)));
        }
        if (input instanceof UserInput.Postback postback) {
            String picked = postback.params().getOrDefault("date", postback.params().get("datetime"));
            String text = picked == null ? "ボタンの操作を受け付けました。" : "日付「" + picked + "」を受け付けました。";
            return new Outcome(Optional.of(next), Reply.of(new Reply.Choices(text, MENU)));
        }
        String words = turn.understanding().map(meaning -> meaning.tokens().stream()
                .limit(TOKENS_SHOWN).map(Token::surface).collect(Collectors.joining(" / ")))
                .orElse("");
        String heard = words.isEmpty() ? "メッセージを受け取りました。" : "読み取った言葉: " + words;
        return new Outcome(Optional.of(next),
                Reply.of(new Reply.Text(heard), new Reply.Choices(ABILITIES, MENU)));
    }
}

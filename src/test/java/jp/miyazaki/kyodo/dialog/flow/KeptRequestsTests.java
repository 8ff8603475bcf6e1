package jp.miyazaki.kyodo.dialog.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.miyazaki.kyodo.dialog.Dialog;
import jp.miyazaki.kyodo.dialog.DialogAction;
import jp.miyazaki.kyodo.dialog.DialogState;
import jp.miyazaki.kyodo.dialog.FlowActions;
import jp.miyazaki.kyodo.dialog.Reply;
import jp.miyazaki.kyodo.dialog.Turn;
import jp.miyazaki.kyodo.dialog.UserInput;
import jp.miyazaki.kyodo.nlu.IntentScore;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.Understanding;
import tools.jackson.databind.json.JsonMapper;

/** A flow that keeps requests (the welcome): what is asked for during it waits and is carried on after it. */
class KeptRequestsTests {

    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-26T10:00:00+09:00[Asia/Tokyo]");

    @TempDir
    Path dir;

    private FlowDialog dialog;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(dir.resolve("flows"));
        Files.writeString(dir.resolve("intents.yml"), """
                intents:
                  - name: order.food
                  - name: menu.today
                  - name: greeting
                  - name: cancel
                  - name: help
                """);
        Files.writeString(dir.resolve("conversation.yml"), """
                no_preference: [なんでも]
                cancel: [やめ]
                correction: [やっぱり]
                change: [変える]
                closing: [ありがとう]
                messages:
                  request_kept: ご用件はこのあとで続けます。
                  clarify_one: "「{{label}}」ということですか？"
                  clarify_several: 次のどれのことですか？
                  clarify_none: ちがう
                  expired: 最初からご案内します。
                  unreadable: テキストで送ってください。
                  resumed: それでは、先ほどの続きです。
                  gave_up: いったん中断しました。
                  failed: うまく処理できませんでした。
                  "yes": はい
                  "no": いいえ
                  more_choices: ほかの候補
                  invalid_category: 分野がわかりませんでした。
                  invalid_district: 地域がわかりませんでした。
                  invalid_date: 日付がわかりませんでした。
                  invalid_kind: 下のボタンから選んでください。
                  invalid_choice: 下のボタンから選んでください。
                  invalid_text: うまく受け取れませんでした。
                  invalid_catalog_id: 活動の名前を送ってください。
                  invalid_contact: 電話番号かメールアドレスで送ってください。
                  invalid_number: 数字で送ってください。
                  invalid_yes_no: 「はい」か「いいえ」でお答えください。
                """);
        Files.writeString(dir.resolve("flows/fallback.yml"), """
                flow: fallback
                triggers: [fallback]
                steps:
                  menu:
                    say: メニューです。
                """);
        Files.writeString(dir.resolve("flows/welcome.yml"), """
                flow: welcome
                events: [follow]
                interruption: discard
                resumable: false
                keeps_requests: true
                slots:
                  consent:
                    type: yes_no
                    prompt: 同意いただけますか？
                  request:
                    type: text
                    prompt: ご用件は？
                    default: none
                steps:
                  ask_consent:
                    ask: consent
                    next: after
                  after:
                    ask: request
                    on: {none: hello, order: carry_on_order}
                    next: carry_on
                  hello:
                    say: ようこそ。
                  carry_on_order:
                    say: 先ほどのご注文を続けます。
                  carry_on:
                    say: 先ほどのご用件を続けます。
                """);
        Files.writeString(dir.resolve("flows/order.yml"), """
                flow: order
                triggers: [order.food]
                slots:
                  count:
                    type: number
                    prompt: いくつですか？
                steps:
                  ask_count:
                    ask: count
                    next: done
                  done:
                    say: "{{count}}つ承りました。"
                """);
        Files.writeString(dir.resolve("flows/menu.yml"), """
                flow: menu
                triggers: [menu.today]
                slots:
                  dish:
                    type: text
                    prompt: どれにしますか？
                steps:
                  show:
                    action: kitchen.menu
                    next: ask_dish
                  ask_dish:
                    ask: dish
                """);
        Files.writeString(dir.resolve("flows/greeting.yml"), """
                flow: greeting
                triggers: [greeting]
                slots:
                  said:
                    type: choice
                    prompt: ご用件は？
                    default: hello
                    choices: [{label: こんにちは, value: hello}]
                steps:
                  ask_said:
                    ask: said
                    next: hello
                  hello:
                    say: こんにちは。
                """);
        Files.writeString(dir.resolve("flows/cancel.yml"), """
                flow: cancel
                triggers: [cancel]
                global: true
                interruption: discard
                steps:
                  done:
                    say: 中止しました。
                """);
        Files.writeString(dir.resolve("flows/help.yml"), """
                flow: help
                triggers: [help]
                global: true
                steps:
                  explain:
                    say: できることの一覧です。
                """);
        FlowSet flows = new FlowLoader().load(dir, Optional.of(Map.of("kitchen.menu", Set.of("ok"))));
        DialogAction menu = FlowActions.action("kitchen.menu", Set.of("ok"), context -> new DialogAction.Result("ok", Map.of(),
                List.of(new Reply.Text("今日はカレーです。"))));
        dialog = new FlowDialog(() -> flows, List.of(menu), new DialogSettings(Duration.ofMinutes(30), 1, 0.7,
                false));
    }

    @Test
    void aRequestBeforeConsentWaitsAndGoesOnAfterIt() {
        DialogState asked = followed();

        Dialog.Outcome kept = say(asked, "3つ注文したい", "order.food", 0.9);
        assertThat(text(kept)).contains("ご用件はこのあとで続けます。").contains("同意いただけますか？")
                .doesNotContain("いくつですか");
        DialogState waiting = kept.next().orElseThrow();
        assertThat(waiting.flow()).isEqualTo("welcome");
        assertThat(waiting.suspended()).extracting(DialogState.Suspended::flow).containsExactly("order");

        Dialog.Outcome agreed = say(stored(waiting), "はい", "fallback", 0.1);
        assertThat(text(agreed)).contains("先ほどのご注文を続けます。").contains("いくつですか？")
                .doesNotContain("ようこそ").doesNotContain("先ほどの続きです");
        assertThat(agreed.next()).map(DialogState::flow).hasValue("order");
    }

    @Test
    void aKeptRequestWhoseFlowBeginsWithAnActionRunsFromThereAfterBeingStored() {
        Dialog.Outcome kept = say(followed(), "今日のメニューは？", "menu.today", 0.9);
        assertThat(kept.next().orElseThrow().suspended()).extracting(DialogState.Suspended::step)
                .containsExactly("show");

        Dialog.Outcome agreed = say(stored(kept.next().orElseThrow()), "はい", "fallback", 0.1);
        assertThat(text(agreed)).contains("先ほどのご用件を続けます。").contains("今日はカレーです。")
                .contains("どれにしますか？");
    }

    @Test
    void aLaterRequestReplacesTheOneWaiting() {
        Dialog.Outcome first = say(followed(), "注文したい", "order.food", 0.9);
        Dialog.Outcome second = say(first.next().orElseThrow(), "今日のメニューは？", "menu.today", 0.9);

        assertThat(second.next().orElseThrow().suspended()).extracting(DialogState.Suspended::flow)
                .containsExactly("menu");
    }

    @Test
    void aGreetingIsAnsweredAtOnceAndACancelCancels() {
        Dialog.Outcome greeted = say(followed(), "こんにちは", "greeting", 0.9);
        assertThat(text(greeted)).contains("こんにちは。").doesNotContain("ご用件はこのあとで");

        Dialog.Outcome cancelled = say(followed(), "やめる", "cancel", 0.9);
        assertThat(text(cancelled)).contains("中止しました。");
        assertThat(cancelled.next()).isEmpty();
    }

    @Test
    void anAnswerThatAlsoReadsAsAnUnsureRequestIsTheAnswer() {
        Dialog.Outcome answered = say(followed(), "はい", "order.food", 0.5);

        assertThat(text(answered)).contains("ようこそ。").doesNotContain("ご用件はこのあとで");
        assertThat(answered.next()).isEmpty();
    }

    @Test
    void consentInWordsIsConsentWhenTheUnderstandingIsUnsureItAsksForHelp() {
        Dialog.Outcome agreed = say(followed(), "同意します", "help", 0.5);
        assertThat(text(agreed)).contains("ようこそ。").doesNotContain("できることの一覧");

        Dialog.Outcome helped = say(followed(), "使い方を教えて", "help", 0.9);
        assertThat(text(helped)).contains("できることの一覧").doesNotContain("ご用件はこのあとで");
    }

    private DialogState followed() {
        return dialog.respond(DialogState.fresh(NOW.toInstant()), new Turn("U1", new UserInput.Follow(),
                Optional.empty(), NOW)).next().orElseThrow();
    }

    /** The state as the session store gives it back on the next message (on any instance). */
    private static DialogState stored(DialogState state) {
        JsonMapper json = new JsonMapper();
        return json.readValue(json.writeValueAsString(state), DialogState.class);
    }

    private Dialog.Outcome say(DialogState state, String text, String intent, double confidence) {
        IntentScore score = new IntentScore(intent, confidence);
        return dialog.respond(state, new Turn("U1", new UserInput.Text(text), Optional.of(new Understanding(score,
                List.of(score), Slots.NONE, List.of())), NOW));
    }

    private static String text(Dialog.Outcome outcome) {
        return outcome.reply().parts().stream().map(part -> part instanceof Reply.Text t ? t.text()
                : part instanceof Reply.Choices c ? c.text() : part instanceof Reply.Confirm c ? c.text()
                        : part.toString()).reduce((a, b) -> a + "|" + b).orElse("");
    }
}
